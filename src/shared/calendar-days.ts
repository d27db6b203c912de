// Calendar days ("YYYY-MM-DD") as a leader lives them, the same in the server and the browser.

/** The calendar day an instant falls on in a time zone; UTC for a zone this runtime does not know. */
export function localDay(instant: Date, timeZone = 'UTC'): string {
  let parts: Intl.DateTimeFormatPart[];
  try {
    parts = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    }).formatToParts(instant);
  } catch {
    return instant.toISOString().slice(0, 10);
  }
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((each) => each.type === type)?.value;
  return `${part('year')}-${part('month')}-${part('day')}`;
}

const dayMs = 24 * 60 * 60 * 1000;

/** The day `days` after `day` (negative goes back), counted in UTC so no DST change shortens a day. */
export function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * dayMs).toISOString().slice(0, 10);
}
