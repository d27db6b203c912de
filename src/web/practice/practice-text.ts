import de from '../../shared/i18n/catalogs/app/practice/de.json?messages';
import type catalog from '../../shared/i18n/catalogs/app/practice/en.json';
import en from '../../shared/i18n/catalogs/app/practice/en.json?messages';
import { screenText } from '../i18n/screen-text';

/** The texts of the practice page: daily questions, the weeks behind them, reminders and notifications. */
export const { useText: usePracticeText, text: practiceText } = screenText<keyof typeof catalog>({ en, de });
