import { workspaceAnswerSchema } from '../../shared/stakeholder-policy';
import { type Stakeholder, stakeholderListSchema } from '../../shared/stakeholders';
import { ApiError, apiGet } from '../api';
import { type WorkspaceDetails, workspaceApiPath } from '../workspace/workspace-data';

export const stakeholdersApiPath = (workspaceId: string) => `${workspaceApiPath(workspaceId)}/stakeholders`;
export const stakeholderApiPath = (stakeholderId: string) =>
  `/api/stakeholders/${encodeURIComponent(stakeholderId)}`;

/** `stakeholders` is null for members who are not leaders here: they have none to manage. */
export type StakeholdersPageData = { workspace: WorkspaceDetails; stakeholders: Stakeholder[] | null };

export async function loadStakeholdersPage(
  request: Request,
  workspaceId: string,
): Promise<StakeholdersPageData> {
  const [{ workspace }, stakeholders] = await Promise.all([
    apiGet(workspaceApiPath(workspaceId), workspaceAnswerSchema, { request }),
    apiGet(stakeholdersApiPath(workspaceId), stakeholderListSchema, { request }).then(
      (body) => body.stakeholders,
      (error: unknown) => {
        if (error instanceof ApiError && error.code === 'leader_only') return null;
        throw error;
      },
    ),
  ]);
  return { workspace, stakeholders };
}
