// i18n: not yet translated
import type { CoacheeCycle, CoachRound } from '../../shared/coaching';
import { StageBadge } from '../cycles/stage-indicator';
import { formatDate } from '../format';

const roundKindLabels: Record<string, string> = {
  listening: 'Listening round',
  mini_survey: 'Mini-survey',
  pulse: 'Pulse check-in',
};

const notReleased = {
  open: 'Open: results show once it closes with enough answers.',
  'too-few': 'Closed with too few answers to show anything.',
  'asked-you': 'You were asked in this round, so you see nothing of it.',
} as const;

const mean = (value: number) => value.toFixed(1);
const percent = (share: number | null) => (share === null ? '' : `, ${Math.round(share * 100)}% improved`);

function RoundFigures({ round }: { round: CoachRound }) {
  const title = `${roundKindLabels[round.kind] ?? round.kind}, opened ${formatDate(round.openedAt)}`;
  if (!round.results.released) {
    return (
      <li className="coach-round">
        <p className="coach-round-title">{title}</p>
        <p className="muted">{notReleased[round.results.reason]}</p>
      </li>
    );
  }
  return (
    <li className="coach-round">
      <p className="coach-round-title">{title}</p>
      <ul className="coach-figures">
        {round.results.ratings.map((rating) => (
          <li key={rating.questionId}>
            <span className="coach-prompt">{rating.prompt}</span>{' '}
            {rating.overall
              ? `${mean(rating.overall.mean)} on ${rating.min} to ${rating.max} from ${rating.overall.n} answers${percent(rating.overall.shareImproved)}`
              : 'not enough answers'}
            {rating.byGroup.length > 0 ? (
              <span className="muted">
                {' '}
                ({rating.byGroup.map((group) => `${group.label}: ${mean(group.mean)}`).join('; ')})
              </span>
            ) : null}
          </li>
        ))}
      </ul>
    </li>
  );
}

/** One growth cycle as a consenting coachee lets their coach see it: figures, never anyone's words. */
export function CoacheeCycleSection({ cycle }: { cycle: CoacheeCycle }) {
  const headingId = `cycle-${cycle.id}`;
  const { practice, followUp } = cycle;
  return (
    <section className="card section" aria-labelledby={headingId}>
      <div className="section-heading">
        <h2 id={headingId}>{cycle.goal}</h2>
        <StageBadge stage={cycle.stage} />
      </div>
      <p className="muted">
        {cycle.competency}
        {cycle.closedAt ? ` · closed ${formatDate(cycle.closedAt)}` : ''}
      </p>
      <h3>Commitments</h3>
      {cycle.commitments.length === 0 ? (
        <p className="muted">No commitment yet.</p>
      ) : (
        <ul className="coach-commitments">
          {cycle.commitments.map((commitment) => (
            <li key={commitment.id}>
              When {commitment.situation}, {commitment.action} ({commitment.frequency})
              {commitment.status === 'retired' ? <span className="muted"> · retired</span> : null}
            </li>
          ))}
        </ul>
      )}
      <h3>Practice</h3>
      <dl className="coach-facts">
        <div>
          <dt>Current streak</dt>
          <dd>{practice.currentStreak} days</dd>
        </div>
        <div>
          <dt>Longest streak</dt>
          <dd>{practice.longestStreak} days</dd>
        </div>
        <div>
          <dt>Check-in days in the last 14</dt>
          <dd>{practice.checkinDaysLast14}</dd>
        </div>
        <div>
          <dt>Last check-in</dt>
          <dd>{practice.lastCheckinOn ? formatDate(practice.lastCheckinOn) : 'none yet'}</dd>
        </div>
      </dl>
      <h3>Follow-up</h3>
      <dl className="coach-facts">
        <div>
          <dt>Next check-in with stakeholders</dt>
          <dd>{followUp.nextCheckInOn ? formatDate(followUp.nextCheckInOn) : 'not planned'}</dd>
        </div>
        <div>
          <dt>Next mini-survey</dt>
          <dd>
            {followUp.nextMiniSurveyOn ? formatDate(followUp.nextMiniSurveyOn) : 'not planned'}
            {followUp.miniSurveyDue ? ' (due now)' : ''}
          </dd>
        </div>
        <div>
          <dt>Follow-up rounds closed</dt>
          <dd>{followUp.followUpRoundsClosed}</dd>
        </div>
      </dl>
      <h3>Rounds</h3>
      {cycle.rounds.length === 0 ? (
        <p className="muted">No round yet.</p>
      ) : (
        <ul className="coach-rounds">
          {cycle.rounds.map((round) => (
            <RoundFigures key={round.id} round={round} />
          ))}
        </ul>
      )}
    </section>
  );
}
