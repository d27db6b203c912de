import de from '../../shared/i18n/catalogs/app/cycles/de.json?messages';
import type catalog from '../../shared/i18n/catalogs/app/cycles/en.json';
import en from '../../shared/i18n/catalogs/app/cycles/en.json?messages';
import type { RelationshipGroup } from '../../shared/questions';
import { screenText } from '../i18n/screen-text';
import { uiLanguage } from '../i18n/ui-language';

export type CyclesTextKey = keyof typeof catalog;

/** The texts of growth cycles: their list, the guided start, the cycle's page and asking for input. */
export const { useText: useCyclesText, text: cyclesText } = screenText<CyclesTextKey>({ en, de });

/** "Direct report", "Peer" …: a stakeholder's relationship to the leader, in the UI language. */
export const relationshipGroupLabel = (group: RelationshipGroup) => cyclesText(relationshipGroupKeys[group]);

const relationshipGroupKeys = {
  direct_report: 'relationshipGroup.direct_report',
  peer: 'relationshipGroup.peer',
  manager: 'relationshipGroup.manager',
  other: 'relationshipGroup.other',
} as const satisfies Record<RelationshipGroup, CyclesTextKey>;

/**
 * A name (a capability, a relationship) inside a sentence: English writes it in lower case ("get
 * better at listening", "(direct report)"), German keeps its nouns capitalized.
 */
export const inSentence = (name: string) => (uiLanguage() === 'en' ? name.toLowerCase() : name);
