import { Link } from 'react-router';
import { type CycleDetail, cycleStages } from '../../shared/cycles';
import { planPath, practicePath } from './plan-data';
import { usePlansText } from './plans-text';

/**
 * After listening comes the plan: the behaviors, the message to the team, and the daily questions.
 * Shown once a round has closed, or the leader has already started; in a closed cycle, as history.
 */
export function PlanCard({ cycle }: { cycle: CycleDetail }) {
  const t = usePlansText();
  const stage = cycleStages.indexOf(cycle.stage);
  const started = stage >= cycleStages.indexOf('commit');
  const practicing = stage >= cycleStages.indexOf('tell');
  if (cycle.closedAt !== null) return <ClosedPlanCard cycle={cycle} />;
  if (!started && !cycle.rounds.some((round) => round.status === 'closed')) return null;
  return (
    <section className={started ? 'card section' : 'card section next-step'} aria-labelledby="plan-heading">
      <h2 id="plan-heading">{t('card.heading')}</h2>
      <p>{t(started ? 'card.started' : 'card.notStarted')}</p>
      <div className="button-row">
        <Link
          className={practicing ? 'button button-secondary' : 'button button-primary'}
          to={planPath(cycle.id)}
        >
          {t(started ? 'page.title' : 'card.makePlan')}
        </Link>
        {started ? (
          <Link
            className={practicing ? 'button button-primary' : 'button button-secondary'}
            to={practicePath(cycle.id)}
          >
            {t('page.dailyQuestions')}
          </Link>
        ) : null}
      </div>
    </section>
  );
}

function ClosedPlanCard({ cycle }: { cycle: CycleDetail }) {
  const t = usePlansText();
  return (
    <section className="card section" aria-labelledby="plan-heading">
      <h2 id="plan-heading">{t('card.closedHeading')}</h2>
      <p>{t('card.closedText')}</p>
      <div className="button-row">
        <Link className="button button-secondary" to={planPath(cycle.id)}>
          {t('page.title')}
        </Link>
        <Link className="button button-secondary" to={practicePath(cycle.id)}>
          {t('page.yourPractice')}
        </Link>
      </div>
    </section>
  );
}
