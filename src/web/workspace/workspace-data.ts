import type {
  OutboxMessage,
  PendingInvitation,
  WorkspaceMember,
  WorkspaceRole,
} from '../../shared/workspaces';
import { apiGet } from '../api';

export type WorkspaceDetails = {
  id: string;
  name: string;
  kind: 'personal' | 'organization';
  anonymityK: number;
  roles: WorkspaceRole[];
};

/** What only admins see; absent for everyone else rather than fetched and refused. */
export type AdminData = {
  invitations: PendingInvitation[];
  outbox: OutboxMessage[];
  /** Months written answers are kept after a round closes; null keeps them. */
  retentionMonths: number | null;
};

export type WorkspacePageData = {
  workspace: WorkspaceDetails;
  members: WorkspaceMember[];
  admin: AdminData | null;
};

export const workspaceApiPath = (workspaceId: string) => `/api/workspaces/${encodeURIComponent(workspaceId)}`;

export async function loadWorkspacePage(request: Request, workspaceId: string): Promise<WorkspacePageData> {
  const base = workspaceApiPath(workspaceId);
  const [{ workspace }, { members }] = await Promise.all([
    apiGet<{ workspace: WorkspaceDetails }>(base, { request }),
    apiGet<{ members: WorkspaceMember[] }>(`${base}/members`, { request }),
  ]);
  if (!workspace.roles.includes('admin')) return { workspace, members, admin: null };
  const [{ invitations }, { messages }, { months }] = await Promise.all([
    apiGet<{ invitations: PendingInvitation[] }>(`${base}/invitations`, { request }),
    apiGet<{ messages: OutboxMessage[] }>(`${base}/outbox`, { request }),
    apiGet<{ months: number | null }>(`${base}/retention`, { request }),
  ]);
  return { workspace, members, admin: { invitations, outbox: messages, retentionMonths: months } };
}
