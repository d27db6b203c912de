// Pure rules of coaching with consent: what a coach may see of a round, practice streaks, and what
// needs the coach's attention. Nothing here reads a database; consent is enforced by the queries.

import { addDays, dayMs } from '../../../shared/calendar';
import type { Attention, CoachRound, PracticeStreaks } from '../../../shared/coaching';
import type { RoundResults } from '../../../shared/round-results';

/** A coach invitation link works for 14 days, like a member invitation. */
export const coachInvitationLifetimeMs = 14 * dayMs;

/** How near its close an open round below k is worth a coach's nudge. */
const closingSoonMs = 2 * dayMs;
const quietDays = 14;

/**
 * What a coach sees of a round: the released figures the leader sees, minus free text and any named
 * manager's answers (one person's words). The count of an open round stays the leader's.
 */
export function coachRoundResults(results: RoundResults): CoachRound['results'] {
  if (!results.released) return { released: false, reason: results.reason };
  return {
    released: true,
    ratings: results.ratings.map((rating) => ({
      questionId: rating.questionId,
      prompt: rating.prompt,
      min: rating.min,
      max: rating.max,
      overall: rating.overall
        ? { n: rating.overall.n, mean: rating.overall.mean, shareImproved: rating.overall.shareImproved }
        : null,
      byGroup: rating.byGroup.map((group) => ({ label: group.label, ...group.figure })),
    })),
  };
}

/** Runs of consecutive days with at least one check-in; the current run may end today or yesterday. */
export function practiceStreaks(days: readonly string[], today: string): PracticeStreaks {
  const unique = [...new Set(days)].sort();
  let longest = 0;
  let run = 0;
  let previous: string | null = null;
  for (const day of unique) {
    run = previous !== null && addDays(previous, 1) === day ? run + 1 : 1;
    longest = Math.max(longest, run);
    previous = day;
  }
  const last = unique.at(-1) ?? null;
  const current = last !== null && (last === today || last === addDays(today, -1)) ? run : 0;
  const since = addDays(today, -(quietDays - 1));
  return {
    currentStreak: current,
    longestStreak: longest,
    checkinDaysLast14: unique.filter((day) => day >= since && day <= today).length,
    lastCheckinOn: last,
  };
}

export type CycleForAttention = {
  id: string;
  stage: string;
  activeCommitmentsSince: string | null;
  lastCheckinOn: string | null;
  miniSurveyDue: boolean;
  nextMiniSurveyOn: string | null;
  openRounds: { closesAt: string; responses: number; k: number; askedCoach: boolean }[];
};

/**
 * What a coach should look at: a round about to close below k (as the leader, who sees the count,
 * would notice; never for a round that asked the coach), two weeks of practice with no check-in,
 * and a mini-survey due.
 */
export function attentionOf(cycle: CycleForAttention, now: Date, today: string): Attention[] {
  const items: Attention[] = [];
  for (const round of cycle.openRounds) {
    const left = Date.parse(round.closesAt) - now.getTime();
    if (!round.askedCoach && left > 0 && left <= closingSoonMs && round.responses < round.k) {
      items.push({ kind: 'round_closing_below_k', cycleId: cycle.id, closesAt: round.closesAt });
    }
  }
  const quietSince = addDays(today, -quietDays);
  // Daily questions start with the first commitment and end with the review.
  const practising = ['commit', 'tell', 'practice'].includes(cycle.stage);
  const startedBefore =
    cycle.activeCommitmentsSince !== null && cycle.activeCommitmentsSince.slice(0, 10) <= quietSince;
  const lastOld = cycle.lastCheckinOn === null ? startedBefore : cycle.lastCheckinOn <= quietSince;
  if (practising && cycle.activeCommitmentsSince !== null && lastOld) {
    items.push({ kind: 'no_checkin_two_weeks', cycleId: cycle.id, lastCheckinOn: cycle.lastCheckinOn });
  }
  if (cycle.miniSurveyDue) {
    items.push({ kind: 'mini_survey_due', cycleId: cycle.id, dueOn: cycle.nextMiniSurveyOn });
  }
  return items;
}
