import { useRef } from 'react';
import { type FetcherWithComponents, Link } from 'react-router';
import { type CycleDetail, cycleStages } from '../../shared/cycles';
import { FormAlert } from '../components/alert';
import { Button } from '../components/button';
import { useFocusFirstInvalid } from '../components/focus-first-invalid';
import { TextAreaField } from '../components/form-field';
import { type CycleActionResult, cycleIntents } from '../cycles/cycle-actions';
import { newCyclePath } from '../cycles/cycle-data';
import { formatDate } from '../format';
import { errorsOf } from '../forms';
import { progressPath, reportPath } from './follow-up-data';
import { useFollowUpText } from './follow-up-text';

type ReviewProps = { cycle: CycleDetail; fetcher: FetcherWithComponents<CycleActionResult> };

/** Review: look at the trend, write what you learned, close the cycle and choose the next capability. */
export function ReviewSection({ cycle, fetcher }: ReviewProps) {
  const t = useFollowUpText();
  const form = useRef<HTMLFormElement>(null);
  const result = fetcher.data?.intent === cycleIntents.review ? fetcher.data : undefined;
  const errors = errorsOf(result);
  useFocusFirstInvalid(form, result?.ok === false ? result : undefined);
  // Review follows practice: once the leader practices, or has followed up at least once.
  const practicing = cycleStages.indexOf(cycle.stage) >= cycleStages.indexOf('practice');
  const followedUp = cycle.rounds.some((round) => round.kind !== 'listening' && round.status === 'closed');
  if (!practicing && !followedUp) return null;

  return (
    <section className="card section" aria-labelledby="review-heading">
      <h2 id="review-heading">{t('review.heading')}</h2>
      <p>{t('review.text')}</p>
      <div className="button-row">
        <Link className="button button-secondary" to={progressPath(cycle.id)}>
          {t('seeProgress')}
        </Link>
        <Link className="button button-secondary" to={reportPath(cycle.id)}>
          {t('printableReport')}
        </Link>
      </div>
      <details className="disclosure">
        <summary className="disclosure-summary">{t('review.reflectAndClose')}</summary>
        <form
          noValidate
          ref={form}
          className="form"
          onSubmit={(event) => {
            event.preventDefault();
            const reflection = String(new FormData(event.currentTarget).get('reflection') ?? '');
            fetcher.submit(
              { intent: cycleIntents.review, reflection },
              { method: 'post', encType: 'application/json' },
            );
          }}
        >
          <FormAlert message={errors.formError} />
          <TextAreaField
            label={t('review.reflection')}
            name="reflection"
            rows={5}
            hint={t('review.reflectionHint')}
            error={errors.fieldErrors.reflection}
          />
          <div className="form-actions">
            <Button type="submit" busy={fetcher.state !== 'idle'} busyLabel={t('review.closing')}>
              {t('review.close')}
            </Button>
          </div>
        </form>
      </details>
    </section>
  );
}

/** A closed cycle: its reflection, and the way on to the next capability. */
export function ClosedCycleSection({ cycle }: { cycle: CycleDetail }) {
  const t = useFollowUpText();
  return (
    <section className="card section next-step" aria-labelledby="closed-cycle-heading">
      <h2 id="closed-cycle-heading">{t('closed.heading')}</h2>
      <p className="muted">
        {t('closed.reflection', { closed: cycle.closedAt ? formatDate(cycle.closedAt) : '' })}
      </p>
      <blockquote className="quote">{cycle.reflection}</blockquote>
      <div className="button-row">
        <Link className="button button-primary" to={newCyclePath(cycle.workspaceId)}>
          {t('closed.startNext')}
        </Link>
        <Link className="button button-secondary" to={progressPath(cycle.id)}>
          {t('seeProgress')}
        </Link>
        <Link className="button button-secondary" to={reportPath(cycle.id)}>
          {t('printableReport')}
        </Link>
      </div>
      <p className="muted">{t('closed.stakeholdersKept')}</p>
    </section>
  );
}
