import { useEffect } from 'react';
import { FormAlert } from '../components/alert';
import { Button } from '../components/button';
import { CopyButton } from '../components/copy-button';
import { TextField } from '../components/form-field';
import { StatusMessage } from '../components/status-message';
import { useFormFetcher } from '../components/use-form-fetcher';
import { type CoachInvitedResult, coachIntents } from './coaching-actions';
import { useCoachingText } from './coaching-text';

/** Invites a coach by email; without a mail server the link to pass on is shown, and says so. */
export function InviteCoachForm() {
  const t = useCoachingText();
  const { fetcher, errors, succeeded, form } = useFormFetcher();
  const result = fetcher.state === 'idle' && fetcher.data?.ok ? (fetcher.data as CoachInvitedResult) : null;
  useEffect(() => {
    if (succeeded) form.current?.reset();
  }, [succeeded, form]);
  return (
    <section className="card section" aria-labelledby="invite-coach-heading">
      <h2 id="invite-coach-heading">{t('invite.heading')}</h2>
      <p>{t('invite.text')}</p>
      <fetcher.Form method="post" noValidate ref={form} className="form">
        <input type="hidden" name="intent" value={coachIntents.invite} />
        <FormAlert message={errors.formError} />
        <TextField
          label={t('invite.email')}
          name="email"
          type="email"
          autoComplete="off"
          required
          error={errors.fieldErrors.email}
        />
        <div className="form-actions">
          <Button type="submit" busy={fetcher.state !== 'idle'} busyLabel={t('invite.inviting')}>
            {t('invite.submit')}
          </Button>
        </div>
        <StatusMessage message={succeeded} />
      </fetcher.Form>
      {result?.invited.delivery === 'link' ? (
        <div className="callout">
          <h3>{t('invite.sendLink')}</h3>
          <p>{t('invite.linkText', { email: result.invited.coaching.coachEmail })}</p>
          <code className="coach-link">{result.invited.link}</code>
          <CopyButton
            text={result.invited.link}
            label={t('invite.copy')}
            announcement={t('invite.copied')}
            fallback={t('invite.copyFallback')}
          />
        </div>
      ) : null}
    </section>
  );
}
