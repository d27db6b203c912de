// i18n: not yet translated
import type { CurrentUser } from '../../shared/accounts';
import type { MailSetup } from '../../shared/mail';
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
  const { fetcher, errors, succeeded, form } = useFormFetcher();
  const busy = fetcher.state !== 'idle';
  return (
    <section className="alert alert-info" aria-label="Confirm your email address">
      <p className="alert-title">Confirm your email address</p>
      {mailSetup.emailCanBeSent ? (
        <p>
          Feedforward emails nobody in your name (round invitations, reminders, thank-you notes,
          announcements, organization invitations) until you open the link sent to{' '}
          <strong>{user.email}</strong>. You can prepare everything meanwhile.
        </p>
      ) : (
        <p>
          This Feedforward has no mail server, so it emails nobody and you hand out links yourself. Your
          confirmation link for <strong>{user.email}</strong> is kept on the server: the person who runs it
          can read it from its outbox (npm run outbox) and pass it on to you.
        </p>
      )}
      <fetcher.Form method="post" action="/verify-email" ref={form} className="form">
        <input type="hidden" name="intent" value={verifyEmailIntents.resend} />
        <FormAlert message={errors.formError} />
        <StatusMessage message={succeeded} />
        <Button type="submit" variant="secondary" busy={busy} busyLabel="Asking…">
          {mailSetup.emailCanBeSent ? 'Send the link again' : 'Make a new link'}
        </Button>
      </fetcher.Form>
    </section>
  );
}
