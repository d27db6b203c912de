import type { UiLocale } from '../../shared/i18n/locales';
import { type CompiledMessages, type MessageValues, translatorOf } from '../../shared/i18n/translate';
import { uiLanguage, useUiLanguage } from './ui-language';

export type ScreenText<K extends string> = (key: K, values?: MessageValues) => string;

/**
 * The texts of one part of the leader's screens in every UI language, from its catalogs
 * (`src/shared/i18n/catalogs/app/<part>/<lang>.json`, compiled when the app is built). Each part
 * exports `use<Part>Text` for components and `<part>Text` for loaders and actions (decision 0052).
 */
export function screenText<K extends string>(catalogs: Record<UiLocale, CompiledMessages>) {
  const translators = {
    en: translatorOf(catalogs.en),
    de: translatorOf(catalogs.de),
  } as Record<UiLocale, ScreenText<K>>;
  return {
    useText: (): ScreenText<K> => translators[useUiLanguage()],
    text: ((key, values) => translators[uiLanguage()](key, values)) as ScreenText<K>,
  };
}
