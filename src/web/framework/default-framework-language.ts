import de from '../../shared/i18n/catalogs/framework/de.json';
import {
  competencyTextsIn,
  type FrameworkCatalog,
  frameworkTextsIn,
} from '../../shared/i18n/catalogs/framework/default-wording';
import en from '../../shared/i18n/catalogs/framework/en.json';
import { isUiLocale, type Locale, type UiLocale, uiLocales } from '../../shared/i18n/locales';

// The screens' languages only: French and Spanish are for stakeholders and would only weigh on the app.
const catalogs: Record<UiLocale, FrameworkCatalog> = { en, de };

/**
 * The API sends the framework and the competencies a cycle copied as stored, English where the
 * workspace kept the default: only what is shown is translated, never what the editor saves or an
 * export writes, so switching the language changes no workspace's framework.
 */
export const competencyInUiLanguage = <C extends Parameters<typeof competencyTextsIn>[0]>(
  competency: C,
  locale: UiLocale,
): C => competencyTextsIn(competency, catalogs.en, catalogs[locale]);

export const frameworkInUiLanguage = <F extends Parameters<typeof frameworkTextsIn>[0]>(
  framework: F,
  locale: UiLocale,
): F => frameworkTextsIn(framework, catalogs.en, catalogs[locale]);

const aboutTheCompetency = /\.(name|description|why-it-matters|reflection-prompt-\d+)$/;

/**
 * A default behavior as a whole sentence in the screen's language ("Ich lasse andere ausreden …"),
 * whether the text is still the default's English or already translated; null for a behavior a
 * workspace wrote itself, or on an English screen, where behaviors follow "I …".
 */
export function behaviorSentenceIn(text: string, locale: UiLocale): string | null {
  if (locale === 'en') return null;
  const translation = catalogs[locale];
  const key = Object.keys(catalogs.en).find(
    (candidate) =>
      !aboutTheCompetency.test(candidate) &&
      (catalogs.en[candidate] === text || translation[candidate] === text),
  );
  return key ? (translation[key] ?? null) : null;
}

// French and Spanish are loaded only when a round is drafted in them, so the app does not carry them.
const stakeholderOnlyCatalogs: Record<Exclude<Locale, UiLocale>, () => Promise<FrameworkCatalog>> = {
  fr: () => import('../../shared/i18n/catalogs/framework/fr.json').then((module) => module.default),
  es: () => import('../../shared/i18n/catalogs/framework/es.json').then((module) => module.default),
};

const catalogIn = (locale: Locale): Promise<FrameworkCatalog> =>
  isUiLocale(locale) ? Promise.resolve(catalogs[locale]) : stakeholderOnlyCatalogs[locale]();

/**
 * A competency's name in a round's language, for the message the leader sends with it: translated
 * while it is the default's wording in any screen language, as written where a workspace named it.
 */
export async function competencyNameIn(
  competency: { key: string; name: string },
  locale: Locale,
): Promise<string> {
  const key = `${competency.key}.name`;
  const isDefaultWording = uiLocales.some((screen) => catalogs[screen][key] === competency.name);
  if (!isDefaultWording) return competency.name;
  return (await catalogIn(locale))[key] ?? competency.name;
}
