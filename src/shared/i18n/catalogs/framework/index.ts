import type { Competency } from '../../../framework';
import type { Locale } from '../../locales';
import de from './de.json';
import { type FrameworkCatalog, whileDefaultWording } from './default-wording';
import en from './en.json';
import es from './es.json';
import fr from './fr.json';

/**
 * The default framework's texts in every language (decision 0050). Plain texts with no
 * placeholders: `<competency>.name`, `.description`, `.why-it-matters`, `.reflection-prompt-<n>`,
 * `<competency>.<behavior>` and the framework's own `framework.name`; English the source.
 */
const catalogs: Record<Locale, FrameworkCatalog> = { en, de, fr, es } satisfies Record<
  Locale,
  Record<keyof typeof en, string>
>;

/** An English text of the default framework; a key the catalog lacks is a programming error. */
export function defaultFrameworkText(key: string): string {
  const text = catalogs.en[key];
  if (text === undefined) throw new Error(`The framework catalog has no text "${key}"`);
  return text;
}

/**
 * A competency as stakeholders of a round in this language are asked about it: the default
 * framework's name and behaviors in that language; anything a workspace wrote or reworded itself
 * stays exactly as written, since nobody has translated it.
 */
export function competencyInLanguage<C extends Pick<Competency, 'key' | 'name' | 'behaviors'>>(
  competency: C,
  locale: Locale,
): C {
  if (locale === 'en') return competency;
  const translated = whileDefaultWording(catalogs.en, catalogs[locale]);
  return {
    ...competency,
    name: translated(`${competency.key}.name`, competency.name),
    behaviors: competency.behaviors.map((behavior) => ({
      ...behavior,
      text: translated(`${competency.key}.${behavior.key}`, behavior.text),
    })),
  };
}
