export const maxReminders = 2;

/** A round closes at the end of its closing day (UTC), so "closes on Friday" includes Friday. */
export function roundClosesAt(closesOn: string): Date {
  return new Date(Date.parse(`${closesOn}T00:00:00Z`) + 86_400_000);
}

/** At most two reminders, a third and two thirds of the way from opening to closing. */
export function reminderTimes(openedAt: Date, closesOn: string): Date[] {
  const span = roundClosesAt(closesOn).getTime() - openedAt.getTime();
  if (span < 2 * 86_400_000) return [];
  return [1 / 3, 2 / 3].slice(0, maxReminders).map((share) => new Date(openedAt.getTime() + span * share));
}

export function dayOf(instant: Date): string {
  return instant.toISOString().slice(0, 10);
}

/** Closing must be after today and within three months, so a forgotten round still ends. */
export function closingDateProblem(closesOn: string, now: Date): string | null {
  const closesAt = roundClosesAt(closesOn);
  if (Number.isNaN(closesAt.getTime())) return 'Closing date must be a real date';
  if (closesOn < dayOf(now)) return 'Closing date must be today or later';
  if (closesAt.getTime() - now.getTime() > 92 * 86_400_000) return 'Closing date must be within three months';
  return null;
}
