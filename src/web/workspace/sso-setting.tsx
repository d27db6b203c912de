// i18n: not yet translated
import type { SsoSettings } from '../../shared/sso';
import { FormAlert } from '../components/alert';
import { Button } from '../components/button';
import { CopyButton } from '../components/copy-button';
import { TextField } from '../components/form-field';
import { StatusMessage } from '../components/status-message';
import { useFormFetcher } from '../components/use-form-fetcher';
import { ssoIntents } from './sso-actions';

/**
 * Admins of an organization: its OpenID Connect provider. The client secret is never shown, only
 * whether one is stored; the field left empty keeps it (decision 0034).
 */
export function SsoSetting({ current, callbackUrl }: { current: SsoSettings | null; callbackUrl: string }) {
  const { fetcher, errors, succeeded, form } = useFormFetcher();
  const busyIntent = fetcher.state === 'idle' ? null : fetcher.formData?.get('intent');

  return (
    <section className="card section" aria-labelledby="sso-heading">
      <h2 id="sso-heading">Single sign-on</h2>
      <p>
        Let members sign in with your identity provider (OpenID Connect). Register a web client there with the
        redirect URI <code>{current?.callbackUrl ?? callbackUrl}</code> and the scopes{' '}
        <code>openid email profile</code>.
      </p>
      <fetcher.Form method="post" noValidate ref={form} className="form form-compact">
        <FormAlert message={errors.formError} />
        <TextField
          label="Provider name"
          name="providerName"
          defaultValue={current?.providerName ?? ''}
          hint="Shown on the button: “Sign in with …”, for example Okta."
          error={errors.fieldErrors.providerName}
        />
        <TextField
          label="Issuer URL"
          name="issuerUrl"
          type="url"
          defaultValue={current?.issuerUrl ?? ''}
          hint="For example https://acme.okta.com. Its /.well-known/openid-configuration must answer."
          error={errors.fieldErrors.issuerUrl}
        />
        <TextField
          label="Client ID"
          name="clientId"
          defaultValue={current?.clientId ?? ''}
          autoComplete="off"
          error={errors.fieldErrors.clientId}
        />
        <TextField
          label="Client secret"
          name="clientSecret"
          type="password"
          autoComplete="new-password"
          hint={current ? 'A secret is stored. Leave empty to keep it.' : undefined}
          error={errors.fieldErrors.clientSecret}
        />
        <TextField
          label="Email domains that join on their first sign-in"
          name="emailDomains"
          defaultValue={current?.emailDomains.join(', ') ?? ''}
          hint="For example acme.com. Someone new with such an address gets an account in this organization. Only a domain of an admin’s confirmed address. Leave empty to let in invited members only."
          error={errors.fieldErrors.emailDomains}
        />
        <label className="checkbox-row">
          <input
            type="checkbox"
            name="passwordSignInOff"
            defaultChecked={current?.passwordSignInOff ?? false}
          />
          <span>Turn password sign-in off for members (admins keep theirs, to fix a broken provider)</span>
        </label>
        <div className="button-row">
          <Button
            type="submit"
            name="intent"
            value={ssoIntents.save}
            busy={busyIntent === ssoIntents.save}
            busyLabel="Saving…"
          >
            Save single sign-on
          </Button>
          <Button
            type="submit"
            name="intent"
            value={ssoIntents.test}
            variant="secondary"
            busy={busyIntent === ssoIntents.test}
            busyLabel="Testing…"
          >
            Test connection
          </Button>
          {current ? (
            <Button
              type="submit"
              name="intent"
              value={ssoIntents.remove}
              variant="danger"
              busy={busyIntent === ssoIntents.remove}
              busyLabel="Removing…"
            >
              Remove
            </Button>
          ) : null}
        </div>
        <StatusMessage message={succeeded} />
      </fetcher.Form>
      {current ? (
        <div className="sso-link">
          <p>
            Members sign in at <code>{current.signInUrl}</code>
          </p>
          <CopyButton text={current.signInUrl} label="Copy sign-in link" />
        </div>
      ) : null}
    </section>
  );
}
