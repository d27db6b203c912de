// i18n: not yet translated
import { type FollowUp, followUpAnswerSchema } from '../../shared/follow-up';
import { type CycleProgress, cycleProgressAnswerSchema } from '../../shared/progress';
import { type RelationshipsMap, relationshipsMapSchema } from '../../shared/relationships';
import { apiGet } from '../api';
import { cycleApiPath } from '../cycles/cycle-data';
import { workspaceApiPath } from '../workspace/workspace-data';

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

const percent = new Intl.NumberFormat(undefined, { style: 'percent', maximumFractionDigits: 0 });
const signedMean = new Intl.NumberFormat(undefined, {
  minimumFractionDigits: 1,
  maximumFractionDigits: 1,
  signDisplay: 'exceptZero',
});
const effort = new Intl.NumberFormat(undefined, { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** "+1.4": a change score always shows which way it points. */
export const formatChange = (mean: number) => signedMean.format(mean);
export const formatShare = (share: number) => percent.format(share);
export const formatEffort = (average: number) => effort.format(average);

/** The words the cycle page, the round page and the report use for the real-progress mark. */
export const realProgressLabel = 'Real progress (above +1)';
