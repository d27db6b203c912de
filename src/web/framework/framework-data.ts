import { type ActiveFramework, activeFrameworkSchema } from '../../shared/framework';
import { workspaceAnswerSchema } from '../../shared/stakeholder-policy';
import { apiGet } from '../api';
import { type WorkspaceDetails, workspaceApiPath } from '../workspace/workspace-data';

export type FrameworkPageData = { workspace: WorkspaceDetails; active: ActiveFramework };

export const frameworkApiPath = (workspaceId: string) => `${workspaceApiPath(workspaceId)}/framework`;

export async function loadFrameworkPage(request: Request, workspaceId: string): Promise<FrameworkPageData> {
  const [{ workspace }, active] = await Promise.all([
    apiGet(workspaceApiPath(workspaceId), workspaceAnswerSchema, { request }),
    apiGet(frameworkApiPath(workspaceId), activeFrameworkSchema, { request }),
  ]);
  return { workspace, active };
}
