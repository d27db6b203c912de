import { competencyInUiLanguage } from '../framework/default-framework-language';
import { uiLanguage } from '../i18n/ui-language';
import { programsText } from './programs-text';

// The keys the server gives the pooled groups of decision 0042 (program-insight.models.ts).
const pooled: Record<string, 'groups.all' | 'groups.others'> = { all: 'groups.all', others: 'groups.others' };

/**
 * A program insight group's name as the reader reads the app: the server names a group by its
 * competency's stored name (English for the default) or, for pooled groups, in English.
 */
export function insightGroupLabel(group: { key: string; label: string }): string {
  const pooledKey = pooled[group.key];
  if (pooledKey) return programsText(pooledKey);
  return competencyInUiLanguage({ key: group.key, name: group.label }, uiLanguage()).name;
}
