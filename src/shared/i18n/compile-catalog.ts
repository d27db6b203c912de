import MessageFormat from '@messageformat/core';
import type { Locale } from './locales';
import type { Catalog } from './translate';

/**
 * Compiles a catalog at run time, for the server (mail, questions). The browser never loads the
 * compiler: its catalogs are compiled when the app is built (`?messages` imports, vite.config.ts).
 */
export function compileCatalog<C extends Catalog>(
  locale: Locale,
  catalog: C,
): Record<keyof C, (values?: object) => string> {
  const format = new MessageFormat(locale);
  return Object.fromEntries(
    Object.entries(catalog).map(([key, text]) => [key, format.compile(text) as (values?: object) => string]),
  ) as Record<keyof C, (values?: object) => string>;
}
