import { Link } from 'react-router';
import { type CycleDetail, cycleStages } from '../../shared/cycles';
import { planPath, practicePath } from './plan-data';

/**
 * After listening comes the plan: the behaviors, the message to the team, and the daily questions.
 * Shown once a round has closed, or the leader has already started.
 */
export function PlanCard({ cycle }: { cycle: CycleDetail }) {
  const stage = cycleStages.indexOf(cycle.stage);
  const started = stage >= cycleStages.indexOf('commit');
  const practicing = stage >= cycleStages.indexOf('tell');
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
