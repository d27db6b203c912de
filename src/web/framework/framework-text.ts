import de from '../../shared/i18n/catalogs/app/framework/de.json?messages';
import type catalog from '../../shared/i18n/catalogs/app/framework/en.json';
import en from '../../shared/i18n/catalogs/app/framework/en.json?messages';
import { screenText } from '../i18n/screen-text';

/** The texts of the competency framework page: the framework in use, its editor, history and import. */
export const { useText: useFrameworkText, text: frameworkText } = screenText<keyof typeof catalog>({
  en,
  de,
});
