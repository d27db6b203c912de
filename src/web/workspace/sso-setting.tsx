import type { SsoSettings } from '../../shared/sso';
import { FormAlert } from '../components/alert';
import { Button } from '../components/button';
import { CopyButton } from '../components/copy-button';
import { TextField } from '../components/form-field';
import { StatusMessage } from '../components/status-message';
import { useFormFetcher } from '../components/use-form-fetcher';
import { richText } from '../i18n/rich-text';
import { ssoIntents } from './sso-actions';
import { useWorkspaceText } from './workspace-text';

/**
 * Admins of an organization: its OpenID Connect provider. The client secret is never shown, only
 * whether one is stored; the field left empty keeps it (decision 0034).
 */
export function SsoSetting({ current, callbackUrl }: { current: SsoSettings | null; callbackUrl: string }) {
  const t = useWorkspaceText();
  const { fetcher, errors, succeeded, form } = useFormFetcher();
  const busyIntent = fetcher.state === 'idle' ? null : fetcher.formData?.get('intent');

  return (
    <section className="card section" aria-labelledby="sso-heading">
      <h2 id="sso-heading">{t('sso.heading')}</h2>
      <p>
        {richText(t('sso.text', { callbackUrl: current?.callbackUrl ?? callbackUrl }), {
          code: (chunk) => <code>{chunk}</code>,
        })}
      </p>
      <fetcher.Form method="post" noValidate ref={form} className="form form-compact">
        <FormAlert message={errors.formError} />
        <TextField
          label={t('sso.providerName')}
          name="providerName"
          defaultValue={current?.providerName ?? ''}
          hint={t('sso.providerNameHint')}
          error={errors.fieldErrors.providerName}
        />
        <TextField
          label={t('sso.issuerUrl')}
          name="issuerUrl"
          type="url"
          defaultValue={current?.issuerUrl ?? ''}
          hint={t('sso.issuerUrlHint')}
          error={errors.fieldErrors.issuerUrl}
        />
        <TextField
          label={t('sso.clientId')}
          name="clientId"
          defaultValue={current?.clientId ?? ''}
          autoComplete="off"
          error={errors.fieldErrors.clientId}
        />
        <TextField
          label={t('sso.clientSecret')}
          name="clientSecret"
          type="password"
          autoComplete="new-password"
          hint={current ? t('sso.clientSecretHint') : undefined}
          error={errors.fieldErrors.clientSecret}
        />
        <TextField
          label={t('sso.emailDomains')}
          name="emailDomains"
          defaultValue={current?.emailDomains.join(', ') ?? ''}
          hint={t('sso.emailDomainsHint')}
          error={errors.fieldErrors.emailDomains}
        />
        <label className="checkbox-row">
          <input
            type="checkbox"
            name="passwordSignInOff"
            defaultChecked={current?.passwordSignInOff ?? false}
          />
          <span>{t('sso.passwordOff')}</span>
        </label>
        <div className="button-row">
          <Button
            type="submit"
            name="intent"
            value={ssoIntents.save}
            busy={busyIntent === ssoIntents.save}
            busyLabel={t('saving')}
          >
            {t('sso.save')}
          </Button>
          <Button
            type="submit"
            name="intent"
            value={ssoIntents.test}
            variant="secondary"
            busy={busyIntent === ssoIntents.test}
            busyLabel={t('sso.testing')}
          >
            {t('sso.test')}
          </Button>
          {current ? (
            <Button
              type="submit"
              name="intent"
              value={ssoIntents.remove}
              variant="danger"
              busy={busyIntent === ssoIntents.remove}
              busyLabel={t('sso.removing')}
            >
              {t('sso.remove')}
            </Button>
          ) : null}
        </div>
        <StatusMessage message={succeeded} />
      </fetcher.Form>
      {current ? (
        <div className="sso-link">
          <p>
            {richText(t('sso.signInAt', { url: current.signInUrl }), {
              code: (chunk) => <code>{chunk}</code>,
            })}
          </p>
          <CopyButton text={current.signInUrl} label={t('sso.copyLink')} />
        </div>
      ) : null}
    </section>
  );
}
