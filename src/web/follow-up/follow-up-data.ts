import { type FollowUp, followUpAnswerSchema } from '../../shared/follow-up';
import { type CycleProgress, cycleProgressAnswerSchema } from '../../shared/progress';
import { type RelationshipsMap, relationshipsMapSchema } from '../../shared/relationships';
import { apiGet } from '../api';
import { cycleApiPath } from '../cycles/cycle-data';
import { uiLanguage } from '../i18n/ui-language';
import { workspaceApiPath } from '../workspace/workspace-data';
import { followUpText } from './follow-up-text';

export type { CycleProgress, FollowUp, RelationshipsMap };

export const progressPath = (cycleId: string) => `/cycles/${encodeURIComponent(cycleId)}/progress`;
export const reportPath = (cycleId: string) => `/cycles/${encodeURIComponent(cycleId)}/report`;
export const progressCsvPath = (cycleId: string) => `${cycleApiPath(cycleId)}/progress.csv`;
export const relationshipsPath = (workspaceId: string) =>
  `/workspaces/${encodeURIComponent(workspaceId)}/relationships`;
export const stakeholderNoteApiPath = (stakeholderId: string) =>
  `/api/stakeholders/${encodeURIComponent(stakeholderId)}/note`;

export const getFollowUp = (request: Request, cycleId: string) =>
  apiGet(`${cycleApiPath(cycleId)}/follow-up`, followUpAnswerSchema, { request }).then(
    ({ followUp }) => followUp,
  );

export const getProgress = (request: Request, cycleId: string) =>
  apiGet(`${cycleApiPath(cycleId)}/progress`, cycleProgressAnswerSchema, { request }).then(
    ({ progress }) => progress,
  );

export const getRelationships = (request: Request, workspaceId: string) =>
  apiGet(`${workspaceApiPath(workspaceId)}/relationships`, relationshipsMapSchema, { request });

const numberStyles = {
  percent: { style: 'percent', maximumFractionDigits: 0 },
  signedMean: { minimumFractionDigits: 1, maximumFractionDigits: 1, signDisplay: 'exceptZero' },
  effort: { minimumFractionDigits: 1, maximumFractionDigits: 1 },
} satisfies Record<string, Intl.NumberFormatOptions>;

const numberFormats = new Map<string, Intl.NumberFormat>();

// One formatter per language and style, in the UI language ("+1.4", "+1,4").
function formatNumber(style: keyof typeof numberStyles, value: number) {
  const key = `${uiLanguage()} ${style}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(uiLanguage(), numberStyles[style]);
    numberFormats.set(key, format);
  }
  return format.format(value);
}

/** "+1.4": a change score always shows which way it points. */
export const formatChange = (mean: number) => formatNumber('signedMean', mean);
export const formatShare = (share: number) => formatNumber('percent', share);
export const formatEffort = (average: number) => formatNumber('effort', average);

/** The words the cycle page, the round page and the report use for the real-progress mark. */
export const realProgressLabel = () => followUpText('realProgress');
