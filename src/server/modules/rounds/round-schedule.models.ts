import { dayMs, endOfLocalDay, localDay } from '../../../shared/calendar';

export const maxReminders = 2;

/**
 * A round closes at the end of its closing day where the leader lives (decision 0032), so
 * "closes on Friday" includes all of their Friday. Fixed when the round opens.
 */
export function roundClosesAt(closesOn: string, timeZone: string): Date {
  return endOfLocalDay(closesOn, timeZone);
}

/** At most two reminders, a third and two thirds of the way from opening to closing. */
export function reminderTimes(openedAt: Date, closesAt: Date): Date[] {
  const span = closesAt.getTime() - openedAt.getTime();
  if (span < 2 * dayMs) return [];
  return [1 / 3, 2 / 3].slice(0, maxReminders).map((share) => new Date(openedAt.getTime() + span * share));
}

/** Closing must be today or later where the leader lives, and within three months, so a forgotten round still ends. */
export function closingDateProblem(closesOn: string, now: Date, timeZone: string): string | null {
  let closesAt: Date;
  try {
    closesAt = roundClosesAt(closesOn, timeZone);
  } catch {
    return 'Closing date must be a real date';
  }
  if (closesOn < localDay(now, timeZone)) return 'Closing date must be today or later';
  if (closesAt.getTime() - now.getTime() > 92 * dayMs) return 'Closing date must be within three months';
  return null;
}

/** Whether a round still takes answers: open, and its closing moment not reached. */
export function isBeforeClosing(round: { closes_at: string }, now: Date): boolean {
  return now.getTime() < Date.parse(round.closes_at);
}
