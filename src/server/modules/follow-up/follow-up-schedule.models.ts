// When the leader should next follow up. Pure date logic: the caller passes `now`, so every
// rule is exact in tests.

import { dayMs as DAY_MS } from '../../../shared/calendar';

export const DEFAULT_CHECK_IN_INTERVAL_DAYS = 30;
export const DEFAULT_MINI_SURVEY_INTERVAL_DAYS = 90;

function addDays(from: Date, days: number): Date {
  if (!Number.isInteger(days) || days < 1) {
    throw new RangeError(`A follow-up interval must be a whole number of days, at least 1 (got ${days})`);
  }
  // Counted in elapsed time, not local calendar days: a due date a DST hour off is harmless,
  // while the reminder's wall-clock time is fixed separately by localReminderInstant.
  return new Date(from.getTime() + days * DAY_MS);
}

/** The monthly check-in falls due one interval after the last one, or after the cycle started. */
export function nextCheckInDue(
  lastCheckInOrCycleStart: Date,
  intervalDays = DEFAULT_CHECK_IN_INTERVAL_DAYS,
): Date {
  return addDays(lastCheckInOrCycleStart, intervalDays);
}

export function isCheckInDue(
  lastCheckInOrCycleStart: Date,
  now: Date,
  intervalDays = DEFAULT_CHECK_IN_INTERVAL_DAYS,
): boolean {
  return now.getTime() >= nextCheckInDue(lastCheckInOrCycleStart, intervalDays).getTime();
}

/** The first mini-survey is due one interval into the cycle; each later one, one interval after the last. */
export function nextMiniSurveyDue(
  cycleStart: Date,
  lastMiniSurvey: Date | null,
  intervalDays = DEFAULT_MINI_SURVEY_INTERVAL_DAYS,
): Date {
  return addDays(lastMiniSurvey ?? cycleStart, intervalDays);
}

export function isMiniSurveyDue(
  cycleStart: Date,
  lastMiniSurvey: Date | null,
  now: Date,
  intervalDays = DEFAULT_MINI_SURVEY_INTERVAL_DAYS,
): boolean {
  return now.getTime() >= nextMiniSurveyDue(cycleStart, lastMiniSurvey, intervalDays).getTime();
}
