import type { CurrentUser } from '../../shared/accounts';
import type { MailSetup } from '../../shared/mail';
import { useCommonText } from '../i18n/common-text';
import { richText } from '../i18n/rich-text';
import { verifyEmailIntents } from '../verify-email-intents';
import { FormAlert } from './alert';
import { Button } from './button';
import { StatusMessage } from './status-message';
import { useFormFetcher } from './use-form-fetcher';

/**
 * On every signed-in page until the address is confirmed: what waits on it, where the link is,
 * and a way to get another. Without a mail server it says the link is with whoever runs the server.
 */
export function VerifyEmailNotice({ user, mailSetup }: { user: CurrentUser; mailSetup: MailSetup }) {
  const t = useCommonText();
  const { fetcher, errors, succeeded, form } = useFormFetcher();
  const busy = fetcher.state !== 'idle';
  const address = { email: (chunk: string) => <strong>{chunk}</strong> };
  return (
    <section className="alert alert-info" aria-label={t('verifyNotice.title')}>
      <p className="alert-title">{t('verifyNotice.title')}</p>
      <p>
        {richText(
          t(mailSetup.emailCanBeSent ? 'verifyNotice.withMail' : 'verifyNotice.withoutMail', {
            email: user.email,
          }),
          address,
        )}
      </p>
      <fetcher.Form method="post" action="/verify-email" ref={form} className="form">
        <input type="hidden" name="intent" value={verifyEmailIntents.resend} />
        <FormAlert message={errors.formError} />
        <StatusMessage message={succeeded} />
        <Button type="submit" variant="secondary" busy={busy} busyLabel={t('verifyNotice.asking')}>
          {mailSetup.emailCanBeSent ? t('verifyNotice.resend') : t('verifyNotice.newLink')}
        </Button>
      </fetcher.Form>
    </section>
  );
}
