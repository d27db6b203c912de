import { useId } from 'react';
import { localeNames, type UiLocale, uiLocales } from '../../shared/i18n/locales';
import { chooseAccountLanguage } from './account-language';
import { useCommonText } from './common-text';
import { setUiLanguage, useUiLanguage } from './ui-language';

/**
 * The switch in every page's header: the screens change language at once, nothing is reloaded. On a
 * signed-in page (`keepOnAccount`) the choice is also kept on the account, for the leader's other
 * devices and their own mails.
 */
export function LanguageSelect({ keepOnAccount = false }: { keepOnAccount?: boolean }) {
  const t = useCommonText();
  const language = useUiLanguage();
  const id = useId();
  return (
    <div className="language-select">
      <label htmlFor={id}>{t('language.label')}</label>
      <select
        id={id}
        value={language}
        onChange={(event) => {
          const chosen = event.target.value as UiLocale;
          if (keepOnAccount) chooseAccountLanguage(chosen);
          else setUiLanguage(chosen);
        }}
      >
        {uiLocales.map((locale) => (
          <option key={locale} value={locale} lang={locale}>
            {localeNames[locale]}
          </option>
        ))}
      </select>
    </div>
  );
}
