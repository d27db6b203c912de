import de from '../../shared/i18n/catalogs/app/follow-up/de.json?messages';
import type catalog from '../../shared/i18n/catalogs/app/follow-up/en.json';
import en from '../../shared/i18n/catalogs/app/follow-up/en.json?messages';
import { screenText } from '../i18n/screen-text';

/** The texts of following up: check-ins, mini-surveys, their results, reviewing and relationships. */
export const { useText: useFollowUpText, text: followUpText } = screenText<keyof typeof catalog>({ en, de });
