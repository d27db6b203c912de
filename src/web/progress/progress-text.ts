import de from '../../shared/i18n/catalogs/app/progress/de.json?messages';
import type catalog from '../../shared/i18n/catalogs/app/progress/en.json';
import en from '../../shared/i18n/catalogs/app/progress/en.json?messages';
import { screenText } from '../i18n/screen-text';

/** The texts of a cycle's progress: its chart and tables, and the printable report. */
export const { useText: useProgressText, text: progressText } = screenText<keyof typeof catalog>({ en, de });
