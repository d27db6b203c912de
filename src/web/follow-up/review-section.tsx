// i18n: not yet translated
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

type ReviewProps = { cycle: CycleDetail; fetcher: FetcherWithComponents<CycleActionResult> };

/** Review: look at the trend, write what you learned, close the cycle and choose the next capability. */
export function ReviewSection({ cycle, fetcher }: ReviewProps) {
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
      <h2 id="review-heading">Review and close this cycle</h2>
      <p>
        When you have followed up a few times, look at the trend, write down what you learned, and choose the
        next capability to build. Your stakeholders stay with you for the next cycle.
      </p>
      <div className="button-row">
        <Link className="button button-secondary" to={progressPath(cycle.id)}>
          See your progress
        </Link>
        <Link className="button button-secondary" to={reportPath(cycle.id)}>
          Printable report
        </Link>
      </div>
      <details className="disclosure">
        <summary className="disclosure-summary">Reflect and close the cycle</summary>
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
            label="Your reflection"
            name="reflection"
            rows={5}
            hint="What changed, what helped, what you will keep doing. Closing also closes any open round; no new rounds or commitments can be added afterwards."
            error={errors.fieldErrors.reflection}
          />
          <div className="form-actions">
            <Button type="submit" busy={fetcher.state !== 'idle'} busyLabel="Closing the cycle…">
              Close this cycle
            </Button>
          </div>
        </form>
      </details>
    </section>
  );
}

/** A closed cycle: its reflection, and the way on to the next capability. */
export function ClosedCycleSection({ cycle }: { cycle: CycleDetail }) {
  return (
    <section className="card section next-step" aria-labelledby="closed-cycle-heading">
      <h2 id="closed-cycle-heading">This cycle is closed</h2>
      <p className="muted">Closed {cycle.closedAt ? formatDate(cycle.closedAt) : ''}. Your reflection:</p>
      <blockquote className="quote">{cycle.reflection}</blockquote>
      <div className="button-row">
        <Link className="button button-primary" to={newCyclePath(cycle.workspaceId)}>
          Start your next cycle
        </Link>
        <Link className="button button-secondary" to={progressPath(cycle.id)}>
          See your progress
        </Link>
        <Link className="button button-secondary" to={reportPath(cycle.id)}>
          Printable report
        </Link>
      </div>
      <p className="muted">Your stakeholders are kept: you can ask the same people in your next cycle.</p>
    </section>
  );
}
