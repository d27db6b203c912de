import type { CoacheeCycle, CoachRound } from '../../shared/coaching';
import { StageBadge } from '../cycles/stage-indicator';
import { formatDate } from '../format';
import { uiLanguage } from '../i18n/ui-language';
import { useCoachingText } from './coaching-text';

const roundKindKeys = {
  listening: 'cycle.kind.listening',
  mini_survey: 'cycle.kind.mini_survey',
  pulse: 'cycle.kind.pulse',
} as const;

const notReleasedKeys = {
  open: 'cycle.notReleased.open',
  'too-few': 'cycle.notReleased.tooFew',
  'asked-you': 'cycle.notReleased.askedYou',
} as const;

const mean = (value: number) =>
  new Intl.NumberFormat(uiLanguage(), { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(value);
const percent = (share: number) => new Intl.NumberFormat(uiLanguage(), { style: 'percent' }).format(share);

function RoundFigures({ round }: { round: CoachRound }) {
  const t = useCoachingText();
  const title = t('cycle.roundTitle', {
    kind:
      round.kind in roundKindKeys ? t(roundKindKeys[round.kind as keyof typeof roundKindKeys]) : round.kind,
    date: formatDate(round.openedAt),
  });
  if (!round.results.released) {
    return (
      <li className="coach-round">
        <p className="coach-round-title">{title}</p>
        <p className="muted">{t(notReleasedKeys[round.results.reason])}</p>
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
              ? t(rating.overall.shareImproved === null ? 'cycle.rating' : 'cycle.ratingImproved', {
                  mean: mean(rating.overall.mean),
                  min: rating.min,
                  max: rating.max,
                  count: rating.overall.n,
                  share: rating.overall.shareImproved === null ? '' : percent(rating.overall.shareImproved),
                })
              : t('cycle.notEnoughAnswers')}
            {rating.byGroup.length > 0 ? (
              <span className="muted">
                {' '}
                (
                {rating.byGroup
                  .map((group) => t('cycle.groupMean', { group: group.label, mean: mean(group.mean) }))
                  .join('; ')}
                )
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
  const t = useCoachingText();
  const headingId = `cycle-${cycle.id}`;
  const { practice, followUp } = cycle;
  return (
    <section className="card section" aria-labelledby={headingId}>
      <div className="section-heading">
        <h2 id={headingId}>{cycle.goal}</h2>
        <StageBadge stage={cycle.stage} />
      </div>
      <p className="muted">
        {cycle.closedAt
          ? t('cycle.closed', { competency: cycle.competency, date: formatDate(cycle.closedAt) })
          : cycle.competency}
      </p>
      <h3>{t('cycle.commitments')}</h3>
      {cycle.commitments.length === 0 ? (
        <p className="muted">{t('cycle.noCommitment')}</p>
      ) : (
        <ul className="coach-commitments">
          {cycle.commitments.map((commitment) => (
            <li key={commitment.id}>
              {t('cycle.commitment', {
                situation: commitment.situation,
                action: commitment.action,
                frequency: commitment.frequency,
              })}
              {commitment.status === 'retired' ? <span className="muted">{t('cycle.retired')}</span> : null}
            </li>
          ))}
        </ul>
      )}
      <h3>{t('cycle.practice')}</h3>
      <dl className="coach-facts">
        <div>
          <dt>{t('cycle.currentStreak')}</dt>
          <dd>{t('cycle.days', { count: practice.currentStreak })}</dd>
        </div>
        <div>
          <dt>{t('cycle.longestStreak')}</dt>
          <dd>{t('cycle.days', { count: practice.longestStreak })}</dd>
        </div>
        <div>
          <dt>{t('cycle.checkinDays')}</dt>
          <dd>{practice.checkinDaysLast14}</dd>
        </div>
        <div>
          <dt>{t('cycle.lastCheckin')}</dt>
          <dd>{practice.lastCheckinOn ? formatDate(practice.lastCheckinOn) : t('cycle.noneYet')}</dd>
        </div>
      </dl>
      <h3>{t('cycle.followUp')}</h3>
      <dl className="coach-facts">
        <div>
          <dt>{t('cycle.nextCheckIn')}</dt>
          <dd>{followUp.nextCheckInOn ? formatDate(followUp.nextCheckInOn) : t('cycle.notPlanned')}</dd>
        </div>
        <div>
          <dt>{t('cycle.nextMiniSurvey')}</dt>
          <dd>
            {followUp.nextMiniSurveyOn ? formatDate(followUp.nextMiniSurveyOn) : t('cycle.notPlanned')}
            {followUp.miniSurveyDue ? t('cycle.dueNow') : ''}
          </dd>
        </div>
        <div>
          <dt>{t('cycle.roundsClosed')}</dt>
          <dd>{followUp.followUpRoundsClosed}</dd>
        </div>
      </dl>
      <h3>{t('cycle.rounds')}</h3>
      {cycle.rounds.length === 0 ? (
        <p className="muted">{t('cycle.noRound')}</p>
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
