import type { SsoSettings } from '../../shared/sso';
import type { StakeholderPolicy, WaitingRoundList } from '../../shared/stakeholder-policy';
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
  stakeholderPolicy: StakeholderPolicy;
  roles: WorkspaceRole[];
};

/** What only admins see; absent for everyone else rather than fetched and refused. */
export type AdminData = {
  invitations: PendingInvitation[];
  outbox: OutboxMessage[];
  /** Months written answers are kept after a round closes; null keeps them. */
  retentionMonths: number | null;
  /** Lists leaders asked to open, waiting for an admin (organizations only). */
  waitingLists: WaitingRoundList[];
  /** The organization's single sign-on provider (organizations only); null when none is set up. */
  sso: SsoSettings | null;
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
  const organization = workspace.kind === 'organization';
  const [{ invitations }, { messages }, { months }, { lists }, { sso }] = await Promise.all([
    apiGet<{ invitations: PendingInvitation[] }>(`${base}/invitations`, { request }),
    apiGet<{ messages: OutboxMessage[] }>(`${base}/outbox`, { request }),
    apiGet<{ months: number | null }>(`${base}/retention`, { request }),
    apiGet<{ lists: WaitingRoundList[] }>(`${base}/round-approvals`, { request }),
    organization ? apiGet<{ sso: SsoSettings | null }>(`${base}/sso`, { request }) : { sso: null },
  ]);
  return {
    workspace,
    members,
    admin: { invitations, outbox: messages, retentionMonths: months, waitingLists: lists, sso },
  };
}
