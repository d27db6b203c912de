import type { Locale } from '../../shared/i18n/locales';
import { uiLanguage } from '../i18n/ui-language';

// A round closes on a calendar day ("YYYY-MM-DD"), not an instant, so it is read and shown as a local
// date: new Date("2025-03-07") would be midnight UTC, the evening before in the Americas.

const formats = new Map<string, Intl.DateTimeFormat>();

// One formatter per language and style: they are costly to build and lists format many days.
function format(style: 'day' | 'withYear', language: Locale = uiLanguage()) {
  const key = `${language} ${style}`;
  let found = formats.get(key);
  if (!found) {
    found = new Intl.DateTimeFormat(
      language,
      style === 'day'
        ? { weekday: 'long', day: 'numeric', month: 'long' }
        : { day: 'numeric', month: 'long', year: 'numeric' },
    );
    formats.set(key, found);
  }
  return found;
}

function parseDay(isoDay: string): Date {
  const [year, month, day] = isoDay.split('-').map(Number);
  return new Date(year ?? 1970, (month ?? 1) - 1, day ?? 1);
}

/** "Friday 7 March" ("Freitag, 7. März"): a closing date people can picture, in the UI language. */
export const formatDay = (isoDay: string) => format('day').format(parseDay(isoDay));
/** The same, in the language a message to stakeholders is written in (a round's, which may not be the screen's). */
export const formatDayIn = (isoDay: string, language: Locale) =>
  format('day', language).format(parseDay(isoDay));
export const formatDayWithYear = (isoDay: string) => format('withYear').format(parseDay(isoDay));

export function isoDay(date: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

export function daysFromToday(days: number, today = new Date()): string {
  return isoDay(new Date(today.getFullYear(), today.getMonth(), today.getDate() + days));
}
