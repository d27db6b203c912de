// A round closes on a calendar day ("YYYY-MM-DD"), not an instant, so it is read and shown as a local
// date: new Date("2025-03-07") would be midnight UTC, the evening before in the Americas.

const dayFormat = new Intl.DateTimeFormat(undefined, { weekday: 'long', day: 'numeric', month: 'long' });
const dayWithYear = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'long', year: 'numeric' });

function parseDay(isoDay: string): Date {
  const [year, month, day] = isoDay.split('-').map(Number);
  return new Date(year ?? 1970, (month ?? 1) - 1, day ?? 1);
}

/** "Friday 7 March": a closing date people can picture. */
export const formatDay = (isoDay: string) => dayFormat.format(parseDay(isoDay));
export const formatDayWithYear = (isoDay: string) => dayWithYear.format(parseDay(isoDay));

export function isoDay(date: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

export function daysFromToday(days: number, today = new Date()): string {
  return isoDay(new Date(today.getFullYear(), today.getMonth(), today.getDate() + days));
}
