import de from '../../shared/i18n/catalogs/hand-out/de.json?messages';
import type catalog from '../../shared/i18n/catalogs/hand-out/en.json';
import en from '../../shared/i18n/catalogs/hand-out/en.json?messages';
import es from '../../shared/i18n/catalogs/hand-out/es.json?messages';
import fr from '../../shared/i18n/catalogs/hand-out/fr.json?messages';
import type { Locale } from '../../shared/i18n/locales';
import { type Translate, translatorOf } from '../../shared/i18n/translate';

export type HandOutKey = keyof typeof catalog;

// Stakeholders read these, so they come in every language a round can be in, whatever the leader's screens show.
const translators: Record<Locale, Translate<HandOutKey>> = {
  en: translatorOf(en),
  de: translatorOf(de),
  fr: translatorOf(fr),
  es: translatorOf(es),
};

/** The texts of the messages a leader passes on by hand, in the round's language (issue 17). */
export const handOutText = (language: Locale): Translate<HandOutKey> => translators[language];
