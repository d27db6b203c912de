import type { Competency } from '../../../shared/framework';
import type { Locale } from '../../../shared/i18n/locales';

/**
 * A competency's name inside a question. English runs it into the sentence in lower case ("better at
 * listening with empathy"); the other languages quote it as named, since German capitalises nouns
 * and a name the admin wrote may not be in the round's language at all.
 */
export const competencyInSentence = (competency: Pick<Competency, 'name'>, locale: Locale) =>
  locale === 'en' ? competency.name.toLowerCase() : competency.name;
