import de from '../../shared/i18n/catalogs/app/common/de.json?messages';
import type catalog from '../../shared/i18n/catalogs/app/common/en.json';
import en from '../../shared/i18n/catalogs/app/common/en.json?messages';
import { screenText } from './screen-text';

/** Words many screens share: the language switch, buttons, loading and error states. */
export const { useText: useCommonText, text: commonText } = screenText<keyof typeof catalog>({ en, de });
