import de from '../../shared/i18n/catalogs/app/plans/de.json?messages';
import type catalog from '../../shared/i18n/catalogs/app/plans/en.json';
import en from '../../shared/i18n/catalogs/app/plans/en.json?messages';
import { screenText } from '../i18n/screen-text';

/** The texts of a cycle's plan: its behaviors, the quality check and the message to the team. */
export const { useText: usePlansText, text: plansText } = screenText<keyof typeof catalog>({ en, de });

/** A key of the plan's catalog, for texts chosen in code before they are shown. */
export type PlansText = keyof typeof catalog;
