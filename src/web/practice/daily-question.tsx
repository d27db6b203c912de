import { useEffect, useId, useState } from 'react';
import { useFetcher } from 'react-router';
import type { Checkin, Commitment } from '../../shared/plans';
import { Alert } from '../components/alert';
import { Button } from '../components/button';
import { StatusMessage } from '../components/status-message';
import { type PracticeActionResult, practiceIntents } from './practice-actions';
import { dailyQuestion, dayValues } from './practice-data';
import { practiceText, usePracticeText } from './practice-text';

// The buttons stay enabled while saving: disabling the one just pressed would drop keyboard focus,
// and a second tap simply replaces the first.
const scores = Array.from({ length: 10 }, (_, index) => index + 1);

type DailyQuestionProps = {
  commitment: Commitment;
  day: string;
  today: string;
  checkin: Checkin | undefined;
  /** Made on this device without a network and not sent yet. */
  waiting: boolean;
};

/**
 * "Did I do my best to … today?" with ten buttons: one tap saves. The score is for effort, not for how
 * things turned out, so a hard day well tried still scores high. The note is private.
 */
export function DailyQuestion({ commitment, day, today, checkin, waiting }: DailyQuestionProps) {
  const t = usePracticeText();
  const fetcher = useFetcher<PracticeActionResult>();
  const [note, setNote] = useState(checkin?.note ?? '');
  const id = useId();
  const pending = fetcher.state !== 'idle' ? (fetcher.json as { score?: number } | undefined) : undefined;
  const score = pending?.score ?? checkin?.score;
  const result = fetcher.state === 'idle' ? fetcher.data : undefined;
  const question = dailyQuestion(commitment.action, day, today);

  useEffect(() => {
    setNote(checkin?.note ?? '');
  }, [checkin?.note]);

  const save = (value: number) =>
    fetcher.submit(
      { intent: practiceIntents.checkin, commitmentId: commitment.id, day, score: value, note },
      { method: 'post', encType: 'application/json' },
    );

  const saved = result?.ok && result.checkin ? savedMessage(result, dayValues(day, today)) : undefined;

  return (
    <li className="daily-question">
      <fieldset className="score-field" aria-describedby={`${id}-ends`}>
        <legend className="score-legend">{question}</legend>
        <div className="score-buttons">
          {scores.map((value) => (
            <button
              key={value}
              type="button"
              className="score-button"
              aria-pressed={score === value}
              onClick={() => save(value)}
            >
              {value}
            </button>
          ))}
        </div>
        <p className="score-ends" id={`${id}-ends`}>
          <span>{t('daily.low')}</span>
          <span>{t('daily.high')}</span>
        </p>
      </fieldset>
      <StatusMessage message={saved} />
      {waiting && !result?.ok ? <p className="muted waiting-note">{t('daily.waiting')}</p> : null}
      {result?.ok === false ? (
        <Alert>
          {result.errors.fieldErrors.score ?? result.errors.fieldErrors.note ?? result.errors.formError}
        </Alert>
      ) : null}
      <details className="disclosure note-disclosure" open={Boolean(checkin?.note)}>
        <summary className="disclosure-summary">
          {t(checkin?.note ? 'daily.note' : 'daily.noteOptional')}
        </summary>
        <div className="field">
          <label htmlFor={`${id}-note`}>{t('daily.noteLabel')}</label>
          <textarea
            id={`${id}-note`}
            className="note-input"
            rows={3}
            value={note}
            maxLength={2000}
            aria-describedby={`${id}-note-hint`}
            onChange={(event) => setNote(event.target.value)}
          />
          <p className="field-hint" id={`${id}-note-hint`}>
            {t(score ? 'daily.noteHint' : 'daily.noteHintScoreFirst')}
          </p>
        </div>
        <Button
          variant="secondary"
          disabled={!score}
          busy={fetcher.state !== 'idle'}
          busyLabel={t('daily.saving')}
          onClick={() => score && save(score)}
        >
          {t('daily.saveNote')}
        </Button>
      </details>
    </li>
  );
}

function savedMessage(
  result: Extract<PracticeActionResult, { ok: true }>,
  day: ReturnType<typeof dayValues>,
): string | undefined {
  const { checkin } = result;
  if (!checkin) return undefined;
  const values = { ...day, score: checkin.score };
  if (result.queued)
    return practiceText(checkin.note ? 'daily.savedOfflineWithNote' : 'daily.savedOffline', values);
  if (result.superseded) return practiceText('daily.superseded', values);
  return practiceText(checkin.note ? 'daily.savedWithNote' : 'daily.saved', values);
}
