// i18n: not yet translated
import { useEffect } from 'react';
import { FormAlert } from '../components/alert';
import { Button } from '../components/button';
import { CopyButton } from '../components/copy-button';
import { TextField } from '../components/form-field';
import { StatusMessage } from '../components/status-message';
import { useFormFetcher } from '../components/use-form-fetcher';
import { type CoachInvitedResult, coachIntents } from './coaching-actions';

/** Invites a coach by email; without a mail server the link to pass on is shown, and says so. */
export function InviteCoachForm() {
  const { fetcher, errors, succeeded, form } = useFormFetcher();
  const result = fetcher.state === 'idle' && fetcher.data?.ok ? (fetcher.data as CoachInvitedResult) : null;
  useEffect(() => {
    if (succeeded) form.current?.reset();
  }, [succeeded, form]);
  return (
    <section className="card section" aria-labelledby="invite-coach-heading">
      <h2 id="invite-coach-heading">Invite a coach</h2>
      <p>
        Your coach sees your goal, commitments, released results (figures only, never anyone's own answers)
        and how your practice is going, and can leave comments you answer. Nothing you write privately, unless
        you share that one note. You can end their access at any time.
      </p>
      <fetcher.Form method="post" noValidate ref={form} className="form">
        <input type="hidden" name="intent" value={coachIntents.invite} />
        <FormAlert message={errors.formError} />
        <TextField
          label="Your coach's email"
          name="email"
          type="email"
          autoComplete="off"
          required
          error={errors.fieldErrors.email}
        />
        <div className="form-actions">
          <Button type="submit" busy={fetcher.state !== 'idle'} busyLabel="Inviting…">
            Invite coach
          </Button>
        </div>
        <StatusMessage message={succeeded} />
      </fetcher.Form>
      {result?.invited.delivery === 'link' ? (
        <div className="callout">
          <h3>Send this link yourself</h3>
          <p>
            It works once, for {result.invited.coaching.coachEmail} only, for 14 days. Feedforward keeps no
            copy of it: copy it now.
          </p>
          <code className="coach-link">{result.invited.link}</code>
          <CopyButton
            text={result.invited.link}
            label="Copy the link"
            announcement="The link is copied to the clipboard."
            fallback="Select the link above and copy it yourself."
          />
        </div>
      ) : null}
    </section>
  );
}
