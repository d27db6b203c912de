import type { UiLocale } from '../shared/i18n/locales';
import { uiLanguage } from './i18n/ui-language';

const formatters = new Map<string, Intl.DateTimeFormat>();

// Formatters are costly to build and screens format many dates: one per language and style.
function formatter(locale: UiLocale, style: 'date' | 'dateTime') {
  const key = `${locale} ${style}`;
  let found = formatters.get(key);
  if (!found) {
    found = new Intl.DateTimeFormat(
      locale,
      style === 'date' ? { dateStyle: 'medium' } : { dateStyle: 'medium', timeStyle: 'short' },
    );
    formatters.set(key, found);
  }
  return found;
}

/** Dates come from the API as ISO strings and are shown in the app's language and the reader's time zone. */
export const formatDateTime = (iso: string) => formatter(uiLanguage(), 'dateTime').format(new Date(iso));
export const formatDate = (iso: string) => formatter(uiLanguage(), 'date').format(new Date(iso));

/** "6 Dec 2026" when both ends fall on one day, else "6–9 Dec 2026": a one-day range is one date. */
export const formatDateRange = (fromIso: string, toIso: string) =>
  formatter(uiLanguage(), 'date').formatRange(new Date(fromIso), new Date(toIso));
