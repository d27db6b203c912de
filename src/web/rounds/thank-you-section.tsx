import { useRef } from 'react';
import { useFetcher } from 'react-router';
import type { ThankYouNote } from '../../shared/mail';
import { FormAlert } from '../components/alert';
import { Button } from '../components/button';
import { useFocusFirstError } from '../components/focus-first-error';
import { TextAreaField } from '../components/form-field';
import { SendItYourself } from '../components/send-it-yourself';
import { StatusMessage } from '../components/status-message';
import { inSentence } from '../cycles/cycles-text';
import { formatDateTime } from '../format';
import { errorsOf } from '../forms';
import { richText } from '../i18n/rich-text';
import { type RoundActionResult, roundIntents } from './round-actions';
import { roundsText, useRoundsText } from './rounds-text';

const defaultNote = (competencyName: string, released: boolean) =>
  roundsText(released ? 'thanks.defaultReleased' : 'thanks.defaultNotReleased', {
    capability: inSentence(competencyName),
  });

type ThankYouProps = {
  thankYou: ThankYouNote | null;
  emailCanBeSent: boolean;
  competencyName: string;
  released: boolean;
};

/** The one reply feedforward allows: a thank-you to everyone who was asked, once. */
export function ThankYouSection({ thankYou, emailCanBeSent, competencyName, released }: ThankYouProps) {
  const t = useRoundsText();
  const fetcher = useFetcher<RoundActionResult>();
  const result = fetcher.data?.intent === roundIntents.thank ? fetcher.data : undefined;
  const errors = errorsOf(result);
  const sent = fetcher.state === 'idle' && result?.ok ? result : undefined;
  const form = useRef<HTMLFormElement>(null);
  useFocusFirstError(form, errors);

  return (
    <section className="card section" aria-labelledby="thanks-heading">
      <h2 id="thanks-heading">{t('thanks.heading')}</h2>
      <StatusMessage message={sent?.message} />
      {thankYou ? (
        <>
          <p>
            {richText(
              t(thankYou.delivery.byHand.length === 0 ? 'thanks.thankedEveryone' : 'thanks.wroteNote', {
                moment: formatDateTime(thankYou.thankedAt),
              }),
              { strong: (chunk) => <strong>{chunk}</strong> },
            )}
          </p>
          <SendItYourself delivery={thankYou.delivery} kind="note" text={thankYou.note} />
          {thankYou.note ? <p className="prose sent-message">{thankYou.note}</p> : null}
        </>
      ) : (
        <>
          <p>{t('thanks.sameNote')}</p>
          {emailCanBeSent ? null : <p>{t('thanks.noMailServer')}</p>}
          <fetcher.Form method="post" noValidate ref={form} className="form">
            <input type="hidden" name="intent" value={roundIntents.thank} />
            <FormAlert message={errors.formError} />
            <TextAreaField
              label={t('thanks.label')}
              name="message"
              rows={5}
              defaultValue={defaultNote(competencyName, released)}
              error={errors.fieldErrors.message}
            />
            <div className="form-actions">
              <Button
                type="submit"
                busy={fetcher.state !== 'idle'}
                busyLabel={emailCanBeSent ? t('thanks.sending') : t('thanks.saving')}
              >
                {emailCanBeSent ? t('thanks.send') : t('thanks.save')}
              </Button>
            </div>
          </fetcher.Form>
        </>
      )}
    </section>
  );
}
