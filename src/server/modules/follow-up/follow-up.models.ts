import { defaultTimeZone, localDay } from '../../../shared/calendar';
import type { RoundKind } from '../../../shared/cycles';
import type { FollowUp } from '../../../shared/follow-up';
import {
  DEFAULT_CHECK_IN_INTERVAL_DAYS,
  DEFAULT_MINI_SURVEY_INTERVAL_DAYS,
  nextCheckInDue,
  nextMiniSurveyDue,
} from './follow-up-schedule.models';

export { DEFAULT_MINI_SURVEY_INTERVAL_DAYS };

export type RoundForFollowUp = {
  kind: RoundKind;
  status: 'open' | 'closed';
  openedAt: string;
  closedAt: string | null;
};

export type FollowUpFacts = {
  /** A reviewed, closed cycle has no follow-up left to do. */
  cycleClosed?: boolean;
  rounds: readonly RoundForFollowUp[];
  activeCommitments: number;
  miniSurveyIntervalDays: number;
  /** Days between monthly check-ins; a program may set another than the default 30. */
  checkInIntervalDays?: number;
  suggestedStakeholderIds: string[];
  /** The leader's zone (decision 0032): due dates are counted in their days; UTC when absent. */
  timeZone?: string;
};

const latest = (instants: string[]) => (instants.length ? new Date(instants.sort().at(-1) as string) : null);

/** The listening round's close and the last follow-ups since, the instants every due date counts from. */
function clockOf(facts: FollowUpFacts) {
  const listenedAt = latest(
    facts.rounds.flatMap((round) => (round.kind === 'listening' && round.closedAt ? [round.closedAt] : [])),
  );
  if (!listenedAt || facts.cycleClosed) return null;
  const followUpsSince = (kinds: RoundKind[]) =>
    facts.rounds.flatMap((round) =>
      kinds.includes(round.kind) && round.openedAt > listenedAt.toISOString() ? [round.openedAt] : [],
    );
  return {
    listenedAt,
    lastCheckIn: latest(followUpsSince(['pulse', 'mini_survey'])) ?? listenedAt,
    lastMiniSurvey: latest(followUpsSince(['mini_survey'])),
    zone: facts.timeZone ?? defaultTimeZone,
  };
}

/** The instant the next mini-survey falls due; null before the listening round closed or once the cycle is. */
export function miniSurveyDueAt(facts: FollowUpFacts): Date | null {
  const clock = clockOf(facts);
  return clock
    ? nextMiniSurveyDue(clock.listenedAt, clock.lastMiniSurvey, facts.miniSurveyIntervalDays, clock.zone)
    : null;
}

/**
 * When the leader should follow up. The clock starts when the listening round closes; any later
 * pulse round or mini-survey counts as the last check-in, so stakeholders are not asked twice in
 * a few days. Nothing is "due" while a round is open (only one round runs at a time), nor once
 * the cycle is closed.
 */
export function followUpStatus(facts: FollowUpFacts, now: Date): FollowUp {
  const roundOpen = facts.rounds.some((round) => round.status === 'open');
  const base = {
    miniSurveyIntervalDays: facts.miniSurveyIntervalDays,
    roundOpen,
    activeCommitments: facts.activeCommitments,
    suggestedStakeholderIds: facts.suggestedStakeholderIds,
  };
  const clock = clockOf(facts);
  const surveyDueAt = miniSurveyDueAt(facts);
  if (!clock || !surveyDueAt) {
    return { ...base, checkInDue: false, nextCheckInOn: null, miniSurveyDue: false, nextMiniSurveyOn: null };
  }
  const checkInDueAt = nextCheckInDue(
    clock.lastCheckIn,
    facts.checkInIntervalDays ?? DEFAULT_CHECK_IN_INTERVAL_DAYS,
    clock.zone,
  );
  return {
    ...base,
    checkInDue: !roundOpen && now.getTime() >= checkInDueAt.getTime(),
    nextCheckInOn: localDay(checkInDueAt, clock.zone),
    miniSurveyDue: !roundOpen && facts.activeCommitments > 0 && now.getTime() >= surveyDueAt.getTime(),
    nextMiniSurveyOn: localDay(surveyDueAt, clock.zone),
  };
}
