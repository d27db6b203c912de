import { dayMs } from '../../../shared/calendar';
import type { FollowUp } from '../../../shared/follow-up';

type Look = {
  status: Pick<FollowUp, 'miniSurveyDue' | 'nextMiniSurveyOn' | 'roundOpen' | 'activeCommitments'>;
  /** When the next mini-survey falls due, whatever else holds it back; null when none can. */
  dueAt: Date | null;
  /** The due day the leader was last reminded of (follow_up_settings.mini_survey_prompted_for). */
  promptedFor: string | null;
};

/**
 * When the hourly sweep next needs to look at a cycle, from what it found now (decision 0055);
 * null: not until a fact of the schedule changes, which the database marks (migration 0037).
 */
export function nextLookAt({ status, dueAt, promptedFor }: Look, now: Date): Date | null {
  if (status.miniSurveyDue) {
    const dueOn = status.nextMiniSurveyOn;
    // Reminded of this due day already: no later sweep may remind them of it again.
    if (dueOn && promptedFor !== null && promptedFor >= dueOn) return null;
    // Not reminded (no mail server, no chat): the reminder's key makes every repeat a no-op while
    // its finished job is kept (a week); a daily look tries again once housekeeping dropped it.
    return new Date(now.getTime() + dayMs);
  }
  // An open round or no commitment to ask about keeps it from falling due by time alone.
  if (!dueAt || status.roundOpen || status.activeCommitments === 0) return null;
  return dueAt;
}
