import de from '../../shared/i18n/catalogs/app/rounds/de.json?messages';
import type catalog from '../../shared/i18n/catalogs/app/rounds/en.json';
import en from '../../shared/i18n/catalogs/app/rounds/en.json?messages';
import { screenText } from '../i18n/screen-text';

export type RoundsTextKey = keyof typeof catalog;

/** The texts of a round's page: answers so far, released results, thanks, and the messages to pass on. */
export const { useText: useRoundsText, text: roundsText } = screenText<RoundsTextKey>({ en, de });
