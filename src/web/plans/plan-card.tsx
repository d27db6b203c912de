// i18n: not yet translated
import { Link } from 'react-router';
import { type CycleDetail, cycleStages } from '../../shared/cycles';
import { planPath, practicePath } from './plan-data';

/**
 * After listening comes the plan: the behaviors, the message to the team, and the daily questions.
 * Shown once a round has closed, or the leader has already started; in a closed cycle, as history.
 */
export function PlanCard({ cycle }: { cycle: CycleDetail }) {
  const stage = cycleStages.indexOf(cycle.stage);
  const started = stage >= cycleStages.indexOf('commit');
  const practicing = stage >= cycleStages.indexOf('tell');
  if (cycle.closedAt !== null) return <ClosedPlanCard cycle={cycle} />;
  if (!started && !cycle.rounds.some((round) => round.status === 'closed')) return null;
  return (
    <section className={started ? 'card section' : 'card section next-step'} aria-labelledby="plan-heading">
      <h2 id="plan-heading">Commit, tell and practice</h2>
      <p>
        {started
          ? 'Keep your behaviors few and visible, tell your team, and answer your daily questions.'
          : 'Turn what you heard into up to three behaviors people will see, then tell your team and practice daily.'}
      </p>
      <div className="button-row">
        <Link
          className={practicing ? 'button button-secondary' : 'button button-primary'}
          to={planPath(cycle.id)}
        >
          {started ? 'Your plan' : 'Make your plan'}
        </Link>
        {started ? (
          <Link
            className={practicing ? 'button button-primary' : 'button button-secondary'}
            to={practicePath(cycle.id)}
          >
            Daily questions
          </Link>
        ) : null}
      </div>
    </section>
  );
}

function ClosedPlanCard({ cycle }: { cycle: CycleDetail }) {
  return (
    <section className="card section" aria-labelledby="plan-heading">
      <h2 id="plan-heading">Your plan and practice</h2>
      <p>The behaviors you committed to, what you told your team, and the effort you scored, as they were.</p>
      <div className="button-row">
        <Link className="button button-secondary" to={planPath(cycle.id)}>
          Your plan
        </Link>
        <Link className="button button-secondary" to={practicePath(cycle.id)}>
          Your practice
        </Link>
      </div>
    </section>
  );
}
