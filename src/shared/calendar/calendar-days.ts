// Calendar days ("YYYY-MM-DD") and wall-clock moments as a leader lives them, the same in the
// server and the browser. Every calendar rule (a round's closing day, a check-in's day, a
// follow-up's due date, a reminder, retention) counts here, in a time zone it is given
// (decision 0032), on date-fns and @date-fns/tz rather than hand-made offset arithmetic.

import { TZDate, tzOffset } from '@date-fns/tz';
import { addDays as addDaysIn, format, subMonths } from 'date-fns';
import { inZone, isTimeZone, knownZone } from './time-zones';

export type CalendarDay = string;

const dayPattern = /^(\d{4})-(\d{2})-(\d{2})$/;
const timePattern = /^(\d{2}):(\d{2})$/;

/** Year, month (1..12) and date of a calendar day; throws on anything that is not a real date. */
export function parseCalendarDay(day: CalendarDay): { year: number; month: number; date: number } {
  const match = dayPattern.exec(day);
  if (!match) throw new RangeError(`A day must look like 2026-03-29 (got "${day}")`);
  const [year, month, date] = [Number(match[1]), Number(match[2]), Number(match[3])];
  // A UTC date needs no time zone: the plain Date checks it, over 100 times faster than a TZDate,
  // which progress paid per check-in (decision 0051). setUTCFullYear keeps years below 100 as they are.
  const utc = new Date(0);
  utc.setUTCFullYear(year, month - 1, date);
  if (utc.getUTCFullYear() !== year || utc.getUTCMonth() !== month - 1 || utc.getUTCDate() !== date) {
    throw new RangeError(`${day} is not a date on the calendar`);
  }
  return { year, month, date };
}

/** The calendar day an instant falls on in a time zone; UTC for a zone this runtime does not know. */
export function localDay(instant: Date, timeZone = 'UTC'): CalendarDay {
  return format(instant, 'yyyy-MM-dd', { in: inZone(timeZone) });
}

/** The day `days` after `day` (negative goes back): calendar days, so no DST change shortens one. */
export function addDays(day: CalendarDay, days: number): CalendarDay {
  const { year, month, date } = parseCalendarDay(day);
  return format(addDaysIn(new TZDate(year, month - 1, date, 'UTC'), days), 'yyyy-MM-dd');
}

function parseClockTime(time: string): { hours: number; minutes: number } {
  const match = timePattern.exec(time);
  const hours = Number(match?.[1]);
  const minutes = Number(match?.[2]);
  if (!match || hours > 23 || minutes > 59) {
    throw new RangeError(`A time must look like 08:30, on a 24-hour clock (got "${time}")`);
  }
  return { hours, minutes };
}

/**
 * The instant a zone's wall clock shows `time` on `day`. A time inside a spring-forward gap is
 * read that much later (02:30 → 03:30), so it still happens that day; in the repeated autumn
 * hour it is the first of the two, so it is never late. This is Temporal's "compatible"
 * disambiguation; TZDate alone gives the later of the two repeated moments.
 */
export function localInstant(day: CalendarDay, time: string, timeZone: string): Date {
  // A reminder's zone is the leader's explicit choice: an unknown one is an error, not UTC.
  if (!isTimeZone(timeZone)) throw new RangeError(`Unknown time zone "${timeZone}"`);
  const zone = timeZone;
  const { year, month, date } = parseCalendarDay(day);
  const { hours, minutes } = parseClockTime(time);
  const later = new Date(new TZDate(year, month - 1, date, hours, minutes, zone).getTime());
  const shift = tzOffset(zone, new Date(later.getTime() - 86_400_000)) - tzOffset(zone, later);
  if (shift <= 0) return later;
  const earlier = new Date(later.getTime() - shift * 60_000);
  const sameWallClock = (instant: Date) => format(instant, 'yyyy-MM-dd HH:mm', { in: inZone(zone) });
  return sameWallClock(earlier) === sameWallClock(later) ? earlier : later;
}

/** The first moment of a day where the zone's people live it (its midnight, or the first hour after a skipped one). */
export function startOfLocalDay(day: CalendarDay, timeZone: string): Date {
  const { year, month, date } = parseCalendarDay(day);
  return new Date(new TZDate(year, month - 1, date, knownZone(timeZone)).getTime());
}

/** The moment a day is over in a zone: "until the end of Friday" takes everything before this. */
export function endOfLocalDay(day: CalendarDay, timeZone: string): Date {
  return startOfLocalDay(addDays(day, 1), timeZone);
}

/** The same wall-clock time `days` calendar days later in the zone (23 or 25 hours across a DST change). */
export function addLocalDays(instant: Date, days: number, timeZone: string): Date {
  return new Date(addDaysIn(instant, days, { in: inZone(timeZone) }).getTime());
}

/** The moment `months` calendar months earlier on the zone's wall clock; the 31st becomes the month's last day. */
export function subtractLocalMonths(instant: Date, months: number, timeZone: string): Date {
  return new Date(subMonths(instant, months, { in: inZone(timeZone) }).getTime());
}
