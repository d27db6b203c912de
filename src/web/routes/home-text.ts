import de from '../../shared/i18n/catalogs/app/home/de.json?messages';
import type catalog from '../../shared/i18n/catalogs/app/home/en.json';
import en from '../../shared/i18n/catalogs/app/home/en.json?messages';
import { screenText } from '../i18n/screen-text';

/** The texts of the signed-in home page: the leader's workspaces. */
export const { useText: useHomeText, text: homeText } = screenText<keyof typeof catalog>({ en, de });
