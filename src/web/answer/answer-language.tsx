import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import type englishCatalog from '../../shared/i18n/catalogs/answer/en.json';
import english from '../../shared/i18n/catalogs/answer/en.json?messages';
import { defaultLocale, isLocale, type Locale } from '../../shared/i18n/locales';
import { type CompiledMessages, type Translate, translatorOf } from '../../shared/i18n/translate';

export type AnswerText = Translate<keyof typeof englishCatalog>;

const englishText = translatorOf(english) as AnswerText;

// Only the language being shown is downloaded: each catalog is its own small chunk, compiled to
// plain functions when the app is built (decision 0044), so an English round loads no other.
const catalogs: Record<Locale, () => Promise<CompiledMessages>> = {
  en: async () => english,
  de: () => import('../../shared/i18n/catalogs/answer/de.json?messages').then((module) => module.default),
  fr: () => import('../../shared/i18n/catalogs/answer/fr.json?messages').then((module) => module.default),
  es: () => import('../../shared/i18n/catalogs/answer/es.json?messages').then((module) => module.default),
};

/** The page's language is kept in its address (?lang=de), so a reload keeps the person's choice. */
const languageParameter = 'lang';

function chosenInAddress(): Locale | null {
  const chosen = new URLSearchParams(window.location.search).get(languageParameter);
  return isLocale(chosen) ? chosen : null;
}

function keepInAddress(locale: Locale) {
  const url = new URL(window.location.href);
  url.searchParams.set(languageParameter, locale);
  window.history.replaceState(window.history.state, '', url);
}

type AnswerLanguage = {
  /** The language asked for: the person's choice, else the round's, else English. */
  locale: Locale;
  /** The language the person chose on the page, if they did. */
  chosen: Locale | null;
  /** Whether that language's texts have arrived; until then the page shows that it is loading. */
  ready: boolean;
  t: AnswerText;
  choose: (locale: Locale) => void;
  /** Called once the page knows its round: the round's language unless the person chose another. */
  setRoundLanguage: (locale: Locale) => void;
};

const AnswerLanguageContext = createContext<AnswerLanguage>({
  locale: defaultLocale,
  chosen: null,
  ready: true,
  t: englishText,
  choose: () => undefined,
  setRoundLanguage: () => undefined,
});

export const useAnswerLanguage = () => useContext(AnswerLanguageContext);

/**
 * The stakeholder's page speaks the round's language (issue 17), and the person may switch to another
 * on the page. `lang` on <html> follows what is shown, so screen readers pronounce it right.
 */
export function AnswerLanguageProvider({ children }: { children: ReactNode }) {
  const [chosen, setChosen] = useState<Locale | null>(chosenInAddress);
  const [roundLanguage, setRoundLanguage] = useState<Locale | null>(null);
  const locale = chosen ?? roundLanguage ?? defaultLocale;
  const [loaded, setLoaded] = useState<{ for: Locale; shown: Locale; t: AnswerText }>({
    for: defaultLocale,
    shown: defaultLocale,
    t: englishText,
  });

  useEffect(() => {
    let current = true;
    catalogs[locale]().then(
      (messages) =>
        current && setLoaded({ for: locale, shown: locale, t: translatorOf(messages) as AnswerText }),
      // A catalog that cannot be fetched (a dropped connection) leaves the page usable in English.
      () => current && setLoaded({ for: locale, shown: defaultLocale, t: englishText }),
    );
    return () => {
      current = false;
    };
  }, [locale]);

  useEffect(() => {
    document.documentElement.lang = loaded.shown;
  }, [loaded.shown]);

  const choose = useCallback((next: Locale) => {
    setChosen(next);
    keepInAddress(next);
  }, []);

  const value = useMemo(
    () => ({ locale, chosen, ready: loaded.for === locale, t: loaded.t, choose, setRoundLanguage }),
    [locale, chosen, loaded, choose],
  );
  return <AnswerLanguageContext.Provider value={value}>{children}</AnswerLanguageContext.Provider>;
}
