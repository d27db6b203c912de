import { compileCatalog } from '../../compile-catalog';
import type { Locale } from '../../locales';
import { type Translate, translatorOf } from '../../translate';
import de from './de.json';
import en from './en.json';
import es from './es.json';
import fr from './fr.json';

/** Every language's catalog at once: the server writes to people in any of them. */
const catalogs = { en, de, fr, es } satisfies Record<Locale, Record<keyof typeof en, string>>;

type Key = keyof typeof en;
const compiled = new Map<Locale, Translate<Key>>();

/** The questions texts in one language, compiled on first use. */
export function questionsText(locale: Locale): Translate<Key> {
  let translate = compiled.get(locale);
  if (!translate) {
    translate = translatorOf(compileCatalog(locale, catalogs[locale])) as Translate<Key>;
    compiled.set(locale, translate);
  }
  return translate;
}
