// When a daily-practice reminder fires in the leader's own time zone, and how their daily effort
// adds up week by week. Pure date logic: every rule is exact in tests.

import {
  parseCalendarDay as calendarDayParts,
  dayMs as DAY_MS,
  localInstant,
} from '../../../shared/calendar';

/** Milliseconds of a calendar date at UTC midnight, for counting ISO weeks; throws on anything that is not a real date. */
function dayStartMs(day: string): number {
  const { year, month, date } = calendarDayParts(day);
  return Date.UTC(year, month - 1, date);
}

/**
 * The UTC instant at which a reminder set for a local date and time should fire; the calendar
 * module's rule (a skipped hour fires that much later, a repeated one the first time).
 */
export const localReminderInstant = localInstant;

export type DailyCheckIn = { day: string; score: number };

export type WeeklyEffort = {
  /** The Monday that starts the ISO week, as YYYY-MM-DD. */
  weekStart: string;
  /** ISO week label, e.g. 2026-W09; the year is the ISO week-year, which can differ near New Year. */
  isoWeek: string;
  /** Mean 1..10 effort score of the week's check-ins, or null for a week with none. */
  average: number | null;
  checkIns: number;
};

function isoWeekStart(dayMs: number): number {
  const mondayBasedWeekday = (new Date(dayMs).getUTCDay() + 6) % 7;
  return dayMs - mondayBasedWeekday * DAY_MS;
}

function isoWeekLabel(weekStartMs: number): string {
  // The ISO week belongs to the year its Thursday falls in.
  const thursday = new Date(weekStartMs + 3 * DAY_MS);
  const weekYear = thursday.getUTCFullYear();
  const januaryFirst = new Date(0);
  januaryFirst.setUTCFullYear(weekYear, 0, 1);
  const week = Math.floor((thursday.getTime() - januaryFirst.getTime()) / DAY_MS / 7) + 1;
  return `${String(weekYear).padStart(4, '0')}-W${String(week).padStart(2, '0')}`;
}

function formatCalendarDay(dayMs: number): string {
  return new Date(dayMs).toISOString().slice(0, 10);
}

/**
 * Weekly averages of the leader's daily effort scores, oldest first. Weeks without a check-in
 * between the first and last are kept with a null average, so a chart shows the gap in
 * practice instead of drawing a line across it.
 */
export function dailyEffortByWeek(checkIns: readonly DailyCheckIn[]): WeeklyEffort[] {
  const totals = new Map<number, { sum: number; count: number }>();
  for (const { day, score } of checkIns) {
    if (!Number.isInteger(score) || score < 1 || score > 10) {
      throw new RangeError(`A daily effort score is a whole number from 1 to 10 (got ${score} on ${day})`);
    }
    const weekStart = isoWeekStart(dayStartMs(day));
    const total = totals.get(weekStart) ?? { sum: 0, count: 0 };
    totals.set(weekStart, { sum: total.sum + score, count: total.count + 1 });
  }
  if (totals.size === 0) return [];
  const first = Math.min(...totals.keys());
  const last = Math.max(...totals.keys());
  const weeks: WeeklyEffort[] = [];
  for (let weekStart = first; weekStart <= last; weekStart += 7 * DAY_MS) {
    const total = totals.get(weekStart);
    weeks.push({
      weekStart: formatCalendarDay(weekStart),
      isoWeek: isoWeekLabel(weekStart),
      average: total ? total.sum / total.count : null,
      checkIns: total?.count ?? 0,
    });
  }
  return weeks;
}
