import type { Locale } from './locales';

/** A message catalog: ICU MessageFormat texts by key, one JSON file per language and part of the app. */
export type Catalog = Readonly<Record<string, string>>;
export type MessageValues = Record<string, string | number>;
/** A catalog compiled by messageformat: one function per message (decision 0044). */
export type CompiledMessages = Readonly<Record<string, (values?: MessageValues) => string>>;
export type Translate<K extends string = string> = (key: K, values?: MessageValues) => string;

/**
 * Looks messages up in a compiled catalog. Catalogs are checked key for key by a test; should a
 * message still be missing, the key shows, never a blank.
 */
export function translatorOf<M extends CompiledMessages>(messages: M): Translate<Extract<keyof M, string>> {
  return (key, values) => messages[key]?.(values ?? {}) ?? key;
}

/** A day (YYYY-MM-DD) as people of this language write it, e.g. "6. Dezember 2026". */
export function formatDay(day: string, locale: Locale): string {
  const date = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return day;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}
