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
import { richText } from '../i18n/rich-text';
import type { TwoFactorResult } from './account-actions';
import { useAccountText } from './account-text';

/** Something new appeared after a button press: focus its heading, so keyboard and screen reader follow. */
function useFocusWhenShown(heading: RefObject<HTMLElement | null>, shown: unknown) {
  useEffect(() => {
    if (shown) heading.current?.focus();
  }, [heading, shown]);
}

function RecoveryCodes({ codes }: { codes: string[] }) {
  const t = useAccountText();
  const heading = useRef<HTMLHeadingElement>(null);
  useFocusWhenShown(heading, codes);
  return (
    <div className="two-factor-steps">
      <h3 ref={heading} tabIndex={-1}>
        {t('twoFactor.codes.heading')}
      </h3>
      <p>{t('twoFactor.codes.text')}</p>
      <ul className="recovery-codes" aria-label={t('twoFactor.codes.label')}>
        {codes.map((code) => (
          <li key={code}>
            <code>{code}</code>
          </li>
        ))}
      </ul>
      <CopyButton
        text={codes.join('\n')}
        label={t('twoFactor.codes.copy')}
        fallback={t('twoFactor.codes.fallback')}
      />
    </div>
  );
}

// Shared by the form and the section, so the recovery codes stay shown when the page reloads its data.
const confirmFetcherKey = 'two-factor-confirm';

function Enrollment({ enrollment }: { enrollment: TwoFactorEnrollment }) {
  const t = useAccountText();
  const fetcher = useFetcher<TwoFactorResult>({ key: confirmFetcherKey });
  const errors = errorsOf(fetcher.data);
  const form = useRef<HTMLFormElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  useFocusFirstError(form, errors);
  useFocusWhenShown(heading, enrollment);
  return (
    <div className="two-factor-steps">
      <h3 ref={heading} tabIndex={-1}>
        {t('twoFactor.scan.heading')}
      </h3>
      <img
        className="qr-code"
        src={`data:image/svg+xml;utf8,${encodeURIComponent(enrollment.qrSvg)}`}
        alt={t('twoFactor.scan.image')}
        width={200}
        height={200}
      />
      <p>
        {richText(t('twoFactor.scan.byHand', { secret: enrollment.secret }), {
          key: (chunk) => <code className="secret-key">{chunk}</code>,
        })}
      </p>
      <fetcher.Form method="post" noValidate ref={form} className="form">
        <FormAlert message={errors.formError} />
        <input type="hidden" name="intent" value="two-factor-confirm" />
        <TextField
          label={t('twoFactor.code')}
          name="code"
          autoComplete="one-time-code"
          inputMode="numeric"
          required
          error={errors.fieldErrors.code}
          className="input-narrow"
        />
        <div className="form-actions">
          <Button type="submit" busy={fetcher.state !== 'idle'} busyLabel={t('twoFactor.checking')}>
            {t('twoFactor.turnOn')}
          </Button>
        </div>
      </fetcher.Form>
    </div>
  );
}

function StartEnrollment({ required }: { required: boolean }) {
  const t = useAccountText();
  const fetcher = useFetcher<TwoFactorResult>();
  const errors = errorsOf(fetcher.data);
  if (fetcher.data?.enrollment) return <Enrollment enrollment={fetcher.data.enrollment} />;
  return (
    <>
      {required ? (
        <Alert tone="info" title={t('twoFactor.required.title')}>
          {t('twoFactor.required.text')}
        </Alert>
      ) : null}
      <p>{t('twoFactor.intro')}</p>
      <fetcher.Form method="post">
        <FormAlert message={errors.formError} />
        <input type="hidden" name="intent" value="two-factor-start" />
        <Button type="submit" busy={fetcher.state !== 'idle'} busyLabel={t('twoFactor.preparing')}>
          {t('twoFactor.setUp')}
        </Button>
      </fetcher.Form>
    </>
  );
}

function TurnOff({ recoveryCodesLeft }: { recoveryCodesLeft: number }) {
  const t = useAccountText();
  const fetcher = useFetcher<TwoFactorResult>();
  const errors = errorsOf(fetcher.data);
  const form = useRef<HTMLFormElement>(null);
  useFocusFirstError(form, errors);
  return (
    <>
      <p>{t('twoFactor.on', { count: recoveryCodesLeft })}</p>
      <fetcher.Form method="post" noValidate ref={form} className="form">
        <FormAlert message={errors.formError} />
        <input type="hidden" name="intent" value="two-factor-disable" />
        <PasswordField
          label={t('twoFactor.password')}
          name="password"
          autoComplete="current-password"
          required
          error={errors.fieldErrors.password}
        />
        <TextField
          label={t('twoFactor.disableCode')}
          name="code"
          autoComplete="one-time-code"
          required
          error={errors.fieldErrors.code}
          className="input-narrow"
        />
        <div className="form-actions">
          <Button
            type="submit"
            variant="secondary"
            busy={fetcher.state !== 'idle'}
            busyLabel={t('twoFactor.turningOff')}
          >
            {t('twoFactor.turnOff')}
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
  const t = useAccountText();
  return (
    <section className="card section" aria-labelledby="two-factor-heading" id="two-factor">
      <h2 id="two-factor-heading">{t('twoFactor.heading')}</h2>
      <Body status={status} />
    </section>
  );
}
