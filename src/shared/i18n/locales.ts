// No zod here: the answer page reads these and carries only zod/mini (decision 0039).

/** The languages stakeholders can be asked in (issue 17); a round and a workspace pick one of them. */
export const locales = ['en', 'de', 'fr', 'es'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'en';

/** Each language named in itself, so a reader finds their own whatever the page is in now. */
export const localeNames: Record<Locale, string> = {
  en: 'English',
  de: 'Deutsch',
  fr: 'Français',
  es: 'Español',
};

/**
 * The languages a leader's own screens are complete in (issue 17: English and one more). Stakeholders
 * can be asked in every locale above; a leader reads the app in one of these.
 */
export const uiLocales = ['en', 'de'] as const satisfies readonly Locale[];
export type UiLocale = (typeof uiLocales)[number];
export const defaultUiLocale: UiLocale = 'en';

export const isUiLocale = (value: unknown): value is UiLocale => uiLocales.includes(value as UiLocale);

export const isLocale = (value: unknown): value is Locale => locales.includes(value as Locale);

/** A stored or requested language, read leniently: anything unknown falls back to English. */
export const localeOr = (value: unknown, fallback: Locale = defaultLocale): Locale =>
  isLocale(value) ? value : fallback;
