import de from '../../shared/i18n/catalogs/app/landing/de.json?messages';
import type catalog from '../../shared/i18n/catalogs/app/landing/en.json';
import en from '../../shared/i18n/catalogs/app/landing/en.json?messages';
import { screenText } from '../i18n/screen-text';

/** The texts of the page a first-time visitor sees. */
export const { useText: useLandingText } = screenText<keyof typeof catalog>({ en, de });
