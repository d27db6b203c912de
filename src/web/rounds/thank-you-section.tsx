// i18n: not yet translated
import { useRef } from 'react';
import { useFetcher } from 'react-router';
import type { ThankYouNote } from '../../shared/mail';
import { FormAlert } from '../components/alert';
import { Button } from '../components/button';
import { useFocusFirstError } from '../components/focus-first-error';
import { TextAreaField } from '../components/form-field';
import { SendItYourself } from '../components/send-it-yourself';
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

type ThankYouProps = {
  thankYou: ThankYouNote | null;
  emailCanBeSent: boolean;
  competencyName: string;
  released: boolean;
};

/** The one reply feedforward allows: a thank-you to everyone who was asked, once. */
export function ThankYouSection({ thankYou, emailCanBeSent, competencyName, released }: ThankYouProps) {
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
      {thankYou ? (
        <>
          <p>
            {thankYou.delivery.byHand.length === 0
              ? 'You thanked everyone you asked on'
              : 'You wrote your thank-you note on'}{' '}
            <strong>{formatDateTime(thankYou.thankedAt)}</strong>. That is the only reply feedforward needs:
            no explaining, no defending.
          </p>
          <SendItYourself delivery={thankYou.delivery} kind="note" text={thankYou.note} />
          {thankYou.note ? <p className="prose sent-message">{thankYou.note}</p> : null}
        </>
      ) : (
        <>
          <p>
            Everyone you asked gets the same note, whether or not they answered: you don't know who did, and
            that is as it should be. Thanking is the only reply feedforward asks for — no explaining, no
            defending.
          </p>
          {emailCanBeSent ? null : (
            <p>
              This Feedforward has no mail server, so it cannot email your note. Save it here; it stays on
              this page for you to copy and send yourself to everyone you asked.
            </p>
          )}
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
              <Button
                type="submit"
                busy={fetcher.state !== 'idle'}
                busyLabel={emailCanBeSent ? 'Sending…' : 'Saving…'}
              >
                {emailCanBeSent ? 'Send thank-you note' : 'Save my note'}
              </Button>
            </div>
          </fetcher.Form>
        </>
      )}
    </section>
  );
}
