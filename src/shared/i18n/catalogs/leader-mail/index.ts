import { compileCatalog } from '../../compile-catalog';
import { isUiLocale, type UiLocale } from '../../locales';
import { type Translate, translatorOf } from '../../translate';
import de from './de.json';
import en from './en.json';

/**
 * The mails to a leader about their own account and work (confirmation, password reset, reminders,
 * invitations to join), in the languages their screens are complete in (decision 0052).
 */
const catalogs = { en, de } satisfies Record<UiLocale, Record<keyof typeof en, string>>;

type Key = keyof typeof en;
const compiled = new Map<UiLocale, Translate<Key>>();

/**
 * The language a leader's mail is written in: the first of the given stored languages (the one kept
 * on their account, then any fallback) that leaders' mails are written in, else English.
 */
export const leaderMailLanguage = (...stored: (string | null | undefined)[]): UiLocale =>
  stored.find(isUiLocale) ?? 'en';

/** The leader's mail texts in one language, compiled on first use. */
export function leaderMailText(locale: UiLocale): Translate<Key> {
  let translate = compiled.get(locale);
  if (!translate) {
    translate = translatorOf(compileCatalog(locale, catalogs[locale])) as Translate<Key>;
    compiled.set(locale, translate);
  }
  return translate;
}
