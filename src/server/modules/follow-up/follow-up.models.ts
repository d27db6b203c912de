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

/**
 * When the leader should follow up. The clock starts when the listening round closes; any later
 * pulse round or mini-survey counts as the last check-in, so stakeholders are not asked twice in
 * a few days. Nothing is "due" while a round is open (only one round runs at a time), nor once
 * the cycle is closed.
 */
export function followUpStatus(facts: FollowUpFacts, now: Date): FollowUp {
  const roundOpen = facts.rounds.some((round) => round.status === 'open');
  const listenedAt = latest(
    facts.rounds.flatMap((round) => (round.kind === 'listening' && round.closedAt ? [round.closedAt] : [])),
  );
  const base = {
    miniSurveyIntervalDays: facts.miniSurveyIntervalDays,
    roundOpen,
    activeCommitments: facts.activeCommitments,
    suggestedStakeholderIds: facts.suggestedStakeholderIds,
  };
  if (!listenedAt || facts.cycleClosed) {
    return { ...base, checkInDue: false, nextCheckInOn: null, miniSurveyDue: false, nextMiniSurveyOn: null };
  }
  const followUpsSince = (kinds: RoundKind[]) =>
    facts.rounds.flatMap((round) =>
      kinds.includes(round.kind) && round.openedAt > listenedAt.toISOString() ? [round.openedAt] : [],
    );
  const lastCheckIn = latest(followUpsSince(['pulse', 'mini_survey'])) ?? listenedAt;
  const lastMiniSurvey = latest(followUpsSince(['mini_survey']));
  const interval = facts.miniSurveyIntervalDays;
  const zone = facts.timeZone ?? defaultTimeZone;
  const checkInDueAt = nextCheckInDue(
    lastCheckIn,
    facts.checkInIntervalDays ?? DEFAULT_CHECK_IN_INTERVAL_DAYS,
    zone,
  );
  const miniSurveyDueAt = nextMiniSurveyDue(listenedAt, lastMiniSurvey, interval, zone);
  return {
    ...base,
    checkInDue: !roundOpen && now.getTime() >= checkInDueAt.getTime(),
    nextCheckInOn: localDay(checkInDueAt, zone),
    miniSurveyDue: !roundOpen && facts.activeCommitments > 0 && now.getTime() >= miniSurveyDueAt.getTime(),
    nextMiniSurveyOn: localDay(miniSurveyDueAt, zone),
  };
}
