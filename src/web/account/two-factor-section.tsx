// i18n: not yet translated
import { type RefObject, useEffect, useRef } from 'react';
import { useFetcher } from 'react-router';
import type { TwoFactorEnrollment, TwoFactorStatus } from '../../shared/two-factor';
import { Alert, FormAlert } from '../components/alert';
import { Button } from '../components/button';
import { CopyButton } from '../components/copy-button';
import { useFocusFirstError } from '../components/focus-first-error';
import { TextField } from '../components/form-field';
import { PasswordField } from '../components/password-field';
import { errorsOf } from '../forms';
import type { TwoFactorResult } from './account-actions';

/** Something new appeared after a button press: focus its heading, so keyboard and screen reader follow. */
function useFocusWhenShown(heading: RefObject<HTMLElement | null>, shown: unknown) {
  useEffect(() => {
    if (shown) heading.current?.focus();
  }, [heading, shown]);
}

function RecoveryCodes({ codes }: { codes: string[] }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useFocusWhenShown(heading, codes);
  return (
    <div className="two-factor-steps">
      <h3 ref={heading} tabIndex={-1}>
        Two-step sign-in is on. Keep these recovery codes
      </h3>
      <p>
        Each code signs you in once if you lose your phone. They are shown only now: copy them to a password
        manager or print them, and keep them away from this device.
      </p>
      <ul className="recovery-codes" aria-label="Recovery codes">
        {codes.map((code) => (
          <li key={code}>
            <code>{code}</code>
          </li>
        ))}
      </ul>
      <CopyButton
        text={codes.join('\n')}
        label="Copy the recovery codes"
        fallback="Select the codes and copy them yourself."
      />
    </div>
  );
}

// Shared by the form and the section, so the recovery codes stay shown when the page reloads its data.
const confirmFetcherKey = 'two-factor-confirm';

function Enrollment({ enrollment }: { enrollment: TwoFactorEnrollment }) {
  const fetcher = useFetcher<TwoFactorResult>({ key: confirmFetcherKey });
  const errors = errorsOf(fetcher.data);
  const form = useRef<HTMLFormElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  useFocusFirstError(form, errors);
  useFocusWhenShown(heading, enrollment);
  return (
    <div className="two-factor-steps">
      <h3 ref={heading} tabIndex={-1}>
        Scan this code with your authenticator app
      </h3>
      <img
        className="qr-code"
        src={`data:image/svg+xml;utf8,${encodeURIComponent(enrollment.qrSvg)}`}
        alt="QR code holding your two-step sign-in secret, for an authenticator app to scan"
        width={200}
        height={200}
      />
      <p>
        Cannot scan? Type this key into the app instead:{' '}
        <code className="secret-key">{enrollment.secret}</code>
      </p>
      <fetcher.Form method="post" noValidate ref={form} className="form">
        <FormAlert message={errors.formError} />
        <input type="hidden" name="intent" value="two-factor-confirm" />
        <TextField
          label="The 6-digit code your app shows"
          name="code"
          autoComplete="one-time-code"
          inputMode="numeric"
          required
          error={errors.fieldErrors.code}
          className="input-narrow"
        />
        <div className="form-actions">
          <Button type="submit" busy={fetcher.state !== 'idle'} busyLabel="Checking…">
            Turn on two-step sign-in
          </Button>
        </div>
      </fetcher.Form>
    </div>
  );
}

function StartEnrollment({ required }: { required: boolean }) {
  const fetcher = useFetcher<TwoFactorResult>();
  const errors = errorsOf(fetcher.data);
  if (fetcher.data?.enrollment) return <Enrollment enrollment={fetcher.data.enrollment} />;
  return (
    <>
      {required ? (
        <Alert tone="info" title="Required on this server">
          You are an admin of an organization, and this server requires two-step sign-in of admins. Set it up
          before anything else.
        </Alert>
      ) : null}
      <p>
        After your password, Feedforward will ask for a code from an authenticator app on your phone, so a
        stolen password alone is not enough.
      </p>
      <fetcher.Form method="post">
        <FormAlert message={errors.formError} />
        <input type="hidden" name="intent" value="two-factor-start" />
        <Button type="submit" busy={fetcher.state !== 'idle'} busyLabel="Preparing…">
          Set up two-step sign-in
        </Button>
      </fetcher.Form>
    </>
  );
}

function TurnOff({ recoveryCodesLeft }: { recoveryCodesLeft: number }) {
  const fetcher = useFetcher<TwoFactorResult>();
  const errors = errorsOf(fetcher.data);
  const form = useRef<HTMLFormElement>(null);
  useFocusFirstError(form, errors);
  return (
    <>
      <p>
        Two-step sign-in is on. You have {recoveryCodesLeft} unused recovery{' '}
        {recoveryCodesLeft === 1 ? 'code' : 'codes'}.
      </p>
      <fetcher.Form method="post" noValidate ref={form} className="form">
        <FormAlert message={errors.formError} />
        <input type="hidden" name="intent" value="two-factor-disable" />
        <PasswordField
          label="Your password"
          name="password"
          autoComplete="current-password"
          required
          error={errors.fieldErrors.password}
        />
        <TextField
          label="A code from your app, or a recovery code"
          name="code"
          autoComplete="one-time-code"
          required
          error={errors.fieldErrors.code}
          className="input-narrow"
        />
        <div className="form-actions">
          <Button type="submit" variant="secondary" busy={fetcher.state !== 'idle'} busyLabel="Turning off…">
            Turn off two-step sign-in
          </Button>
        </div>
      </fetcher.Form>
    </>
  );
}

function Body({ status }: { status: TwoFactorStatus }) {
  const confirmed = useFetcher<TwoFactorResult>({ key: confirmFetcherKey }).data?.recoveryCodes;
  if (confirmed) return <RecoveryCodes codes={confirmed} />;
  if (status.enabled) return <TurnOff recoveryCodesLeft={status.recoveryCodesLeft} />;
  return <StartEnrollment required={status.required} />;
}

export function TwoFactorSection({ status }: { status: TwoFactorStatus }) {
  return (
    <section className="card section" aria-labelledby="two-factor-heading" id="two-factor">
      <h2 id="two-factor-heading">Two-step sign-in</h2>
      <Body status={status} />
    </section>
  );
}
