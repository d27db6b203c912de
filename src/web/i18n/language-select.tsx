import { useId } from 'react';
import { localeNames, type UiLocale, uiLocales } from '../../shared/i18n/locales';
import { useCommonText } from './common-text';
import { setUiLanguage, useUiLanguage } from './ui-language';

/** The switch in every page's header: the screens change language at once, nothing is reloaded. */
export function LanguageSelect() {
  const t = useCommonText();
  const language = useUiLanguage();
  const id = useId();
  return (
    <div className="language-select">
      <label htmlFor={id}>{t('language.label')}</label>
      <select id={id} value={language} onChange={(event) => setUiLanguage(event.target.value as UiLocale)}>
        {uiLocales.map((locale) => (
          <option key={locale} value={locale} lang={locale}>
            {localeNames[locale]}
          </option>
        ))}
      </select>
    </div>
  );
}
