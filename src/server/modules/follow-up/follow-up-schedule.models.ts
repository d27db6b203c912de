// When the leader should next follow up, in calendar days where they live. Pure date logic:
// the caller passes `now` and the zone, so every rule is exact in tests.

import { addLocalDays, defaultTimeZone } from '../../../shared/calendar';

export const DEFAULT_CHECK_IN_INTERVAL_DAYS = 30;
export const DEFAULT_MINI_SURVEY_INTERVAL_DAYS = 90;

function addDays(from: Date, days: number, timeZone: string): Date {
  if (!Number.isInteger(days) || days < 1) {
    throw new RangeError(`A follow-up interval must be a whole number of days, at least 1 (got ${days})`);
  }
  // Calendar days where the leader lives (decision 0032): "in 30 days" lands on the same
  // wall-clock time 30 of their days later, whatever a DST change does meanwhile.
  return addLocalDays(from, days, timeZone);
}

/** The monthly check-in falls due one interval after the last one, or after the cycle started. */
export function nextCheckInDue(
  lastCheckInOrCycleStart: Date,
  intervalDays = DEFAULT_CHECK_IN_INTERVAL_DAYS,
  timeZone = defaultTimeZone,
): Date {
  return addDays(lastCheckInOrCycleStart, intervalDays, timeZone);
}

export function isCheckInDue(
  lastCheckInOrCycleStart: Date,
  now: Date,
  intervalDays = DEFAULT_CHECK_IN_INTERVAL_DAYS,
  timeZone = defaultTimeZone,
): boolean {
  return now.getTime() >= nextCheckInDue(lastCheckInOrCycleStart, intervalDays, timeZone).getTime();
}

/** The first mini-survey is due one interval into the cycle; each later one, one interval after the last. */
export function nextMiniSurveyDue(
  cycleStart: Date,
  lastMiniSurvey: Date | null,
  intervalDays = DEFAULT_MINI_SURVEY_INTERVAL_DAYS,
  timeZone = defaultTimeZone,
): Date {
  return addDays(lastMiniSurvey ?? cycleStart, intervalDays, timeZone);
}

export function isMiniSurveyDue(
  cycleStart: Date,
  lastMiniSurvey: Date | null,
  now: Date,
  intervalDays = DEFAULT_MINI_SURVEY_INTERVAL_DAYS,
  timeZone = defaultTimeZone,
): boolean {
  return now.getTime() >= nextMiniSurveyDue(cycleStart, lastMiniSurvey, intervalDays, timeZone).getTime();
}
