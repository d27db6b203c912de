import de from '../../shared/i18n/catalogs/app/stakeholders/de.json?messages';
import type catalog from '../../shared/i18n/catalogs/app/stakeholders/en.json';
import en from '../../shared/i18n/catalogs/app/stakeholders/en.json?messages';
import { screenText } from '../i18n/screen-text';

export type StakeholdersTextKey = keyof typeof catalog;

/** The texts of the leader's stakeholder list: adding, pasting a list, editing and removing people. */
export const { useText: useStakeholdersText, text: stakeholdersText } = screenText<StakeholdersTextKey>({
  en,
  de,
});
