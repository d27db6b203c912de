import type { z } from 'zod';
import {
  type ActiveFramework,
  activeFrameworkSchema,
  frameworkHistorySchema,
  type frameworkVersionSchema,
} from '../../shared/framework';
import { workspaceAnswerSchema } from '../../shared/stakeholder-policy';
import { ApiError, apiGet } from '../api';
import { type WorkspaceDetails, workspaceApiPath } from '../workspace/workspace-data';

export type FrameworkVersion = z.infer<typeof frameworkVersionSchema>;

/** The history is an admin's (the API refuses anyone else), so others get none. */
export type FrameworkPageData = {
  workspace: WorkspaceDetails;
  active: ActiveFramework;
  versions: FrameworkVersion[] | null;
};

export const frameworkApiPath = (workspaceId: string) => `${workspaceApiPath(workspaceId)}/framework`;

export const frameworkVersionsApiPath = (workspaceId: string) => `${frameworkApiPath(workspaceId)}/versions`;

export async function loadFrameworkPage(request: Request, workspaceId: string): Promise<FrameworkPageData> {
  const [{ workspace }, active] = await Promise.all([
    apiGet(workspaceApiPath(workspaceId), workspaceAnswerSchema, { request }),
    apiGet(frameworkApiPath(workspaceId), activeFrameworkSchema, { request }),
  ]);
  return { workspace, active, versions: await historyOf(request, workspace) };
}

/** An admin the API still refuses (say, until they set up two-step sign-in) sees the page without it. */
async function historyOf(request: Request, workspace: WorkspaceDetails) {
  if (!workspace.roles.includes('admin')) return null;
  try {
    return (await apiGet(frameworkVersionsApiPath(workspace.id), frameworkHistorySchema, { request }))
      .versions;
  } catch (error) {
    if (error instanceof ApiError && error.status === 403) return null;
    throw error;
  }
}
