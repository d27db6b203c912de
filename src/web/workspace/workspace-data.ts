import { retentionAnswerSchema } from '../../shared/data-rights';
import { type SsoSettings, ssoSettingsAnswerSchema } from '../../shared/sso';
import {
  type WaitingRoundList,
  type WorkspaceDetails,
  waitingRoundListsSchema,
  workspaceAnswerSchema,
} from '../../shared/stakeholder-policy';
import {
  invitationListSchema,
  memberListSchema,
  type OutboxMessage,
  outboxSchema,
  type PendingInvitation,
  type WorkspaceMember,
} from '../../shared/workspaces';
import { apiGet } from '../api';

export type { WorkspaceDetails };

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
    apiGet(base, workspaceAnswerSchema, { request }),
    apiGet(`${base}/members`, memberListSchema, { request }),
  ]);
  if (!workspace.roles.includes('admin')) return { workspace, members, admin: null };
  const organization = workspace.kind === 'organization';
  const [{ invitations }, { messages }, { months }, { lists }, { sso }] = await Promise.all([
    apiGet(`${base}/invitations`, invitationListSchema, { request }),
    apiGet(`${base}/outbox`, outboxSchema, { request }),
    apiGet(`${base}/retention`, retentionAnswerSchema, { request }),
    apiGet(`${base}/round-approvals`, waitingRoundListsSchema, { request }),
    organization ? apiGet(`${base}/sso`, ssoSettingsAnswerSchema, { request }) : { sso: null },
  ]);
  return {
    workspace,
    members,
    admin: { invitations, outbox: messages, retentionMonths: months, waitingLists: lists, sso },
  };
}
