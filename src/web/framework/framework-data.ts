import type { FrameworkFile } from '../../shared/framework';
import { uncheckedGet } from '../api';
import { type WorkspaceDetails, workspaceApiPath } from '../workspace/workspace-data';

/** The workspace's framework as the API gives it: its own import, or the default one. */
export type ActiveFramework = { framework: FrameworkFile; isDefault: boolean; updatedAt: string | null };

export type FrameworkPageData = { workspace: WorkspaceDetails; active: ActiveFramework };

export const frameworkApiPath = (workspaceId: string) => `${workspaceApiPath(workspaceId)}/framework`;

export async function loadFrameworkPage(request: Request, workspaceId: string): Promise<FrameworkPageData> {
  const [{ workspace }, active] = await Promise.all([
    uncheckedGet<{ workspace: WorkspaceDetails }>(workspaceApiPath(workspaceId), { request }),
    uncheckedGet<ActiveFramework>(frameworkApiPath(workspaceId), { request }),
  ]);
  return { workspace, active };
}
