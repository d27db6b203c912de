import { useRef } from 'react';
import { useFetcher } from 'react-router';
import { FormAlert } from '../components/alert';
import { Button } from '../components/button';
import { useFocusFirstError } from '../components/focus-first-error';
import { TextAreaField } from '../components/form-field';
import { StatusMessage } from '../components/status-message';
import { formatDateTime } from '../format';
import { errorsOf } from '../forms';
import { type RoundActionResult, roundIntents } from './round-actions';

const defaultNote = (competencyName: string, released: boolean) =>
  released
    ? `Thank you for taking the time to answer and for your suggestions on how I can get better at ${competencyName.toLowerCase()}. ` +
      "I have read every one of them carefully. I'll share what I am going to work on soon, and I would welcome your help along the way."
    : `Thank you for being willing to help me get better at ${competencyName.toLowerCase()}. ` +
      "I'll keep working on it, and I may ask again soon.";

type ThankYouProps = { thankedAt: string | null; competencyName: string; released: boolean };

/** The one reply feedforward allows: a thank-you to everyone who was asked, once. */
export function ThankYouSection({ thankedAt, competencyName, released }: ThankYouProps) {
  const fetcher = useFetcher<RoundActionResult>();
  const result = fetcher.data?.intent === roundIntents.thank ? fetcher.data : undefined;
  const errors = errorsOf(result);
  const sent = fetcher.state === 'idle' && result?.ok ? result : undefined;
  const form = useRef<HTMLFormElement>(null);
  useFocusFirstError(form, errors);

  return (
    <section className="card section" aria-labelledby="thanks-heading">
      <h2 id="thanks-heading">Say thank you</h2>
      <StatusMessage message={sent?.message} />
      {sent?.withoutEmail && sent.withoutEmail.length > 0 ? (
        <p>
          Thank these people yourself, as Feedforward could not email them: {sent.withoutEmail.join(', ')}.
        </p>
      ) : null}
      {thankedAt ? (
        <p>
          You thanked everyone you asked on <strong>{formatDateTime(thankedAt)}</strong>. That is the only
          reply feedforward needs: no explaining, no defending.
        </p>
      ) : (
        <>
          <p>
            Everyone you asked gets the same note, whether or not they answered: you don't know who did, and
            that is as it should be. Thanking is the only reply feedforward asks for — no explaining, no
            defending.
          </p>
          <fetcher.Form method="post" noValidate ref={form} className="form">
            <input type="hidden" name="intent" value={roundIntents.thank} />
            <FormAlert message={errors.formError} />
            <TextAreaField
              label="Your thank-you note"
              name="message"
              rows={5}
              defaultValue={defaultNote(competencyName, released)}
              error={errors.fieldErrors.message}
            />
            <div className="form-actions">
              <Button type="submit" busy={fetcher.state !== 'idle'} busyLabel="Sending…">
                Send thank-you note
              </Button>
            </div>
          </fetcher.Form>
        </>
      )}
    </section>
  );
}
