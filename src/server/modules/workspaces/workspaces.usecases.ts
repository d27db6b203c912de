import type { CurrentUser } from '../../../shared/accounts';
import { leaderTimeZone } from '../../../shared/calendar';
import { leaderMailLanguage, leaderMailText } from '../../../shared/i18n/catalogs/leader-mail';
import { localeOr } from '../../../shared/i18n/locales';
import type { WorkspaceRole, WorkspaceSummary } from '../../../shared/workspaces';
import type { AppDeps } from '../../deps';
import { forbidden, gone, invalid, notFound } from '../../errors';
import type { Repositories } from '../../repositories';
import { hashToken, newId, newToken } from '../../security/tokens';
import { refuseMailingUnverified } from '../accounts/public.models';
import { enforceRateLimit, rateLimitRules } from '../rate-limits';
import { refuseAdminWithoutTwoFactor } from '../two-factor';
import { policyOf } from './stakeholder-policy.models';
import {
  canManageWorkspace,
  defaultAnonymityK,
  groupRolesByWorkspace,
  invitationLifetimeMs,
} from './workspaces.models';

type Deps = Pick<AppDeps, 'repos' | 'transact' | 'now' | 'mailer' | 'config'>;

/** Every account gets one, so a leader without an organization can use the product alone. */
export async function createPersonalWorkspace(
  deps: { repos: Repositories; now: Date },
  user: Pick<CurrentUser, 'id' | 'name'>,
) {
  const id = newId();
  await deps.repos.workspaces.insertWorkspace({
    id,
    name: `${user.name}'s workspace`,
    kind: 'personal',
    anonymity_k: defaultAnonymityK,
    created_at: deps.now.toISOString(),
  });
  await deps.repos.workspaces.addMembership(id, user.id, 'leader', deps.now);
  await deps.repos.workspaces.addMembership(id, user.id, 'admin', deps.now);
  return id;
}

export async function createOrganization(deps: Deps, user: CurrentUser, name: string): Promise<string> {
  const id = newId();
  const now = deps.now();
  await deps.transact(async (repos) => {
    await repos.workspaces.insertWorkspace({
      id,
      name,
      kind: 'organization',
      anonymity_k: defaultAnonymityK,
      created_at: now.toISOString(),
    });
    await repos.workspaces.addMembership(id, user.id, 'admin', now);
    await repos.audit.record(
      { workspaceId: id, actorUserId: user.id, action: 'workspace.created', target: name },
      now,
    );
  });
  return id;
}

export async function listMyWorkspaces(
  deps: Pick<Deps, 'repos'>,
  user: CurrentUser,
): Promise<WorkspaceSummary[]> {
  const rows = await deps.repos.workspaces.listMembershipsOfUser(user.id);
  return groupRolesByWorkspace(rows).map(({ id, name, kind, roles }) => ({ id, name, kind, roles }));
}

/** Not-found rather than forbidden for non-members, so ids of other workspaces reveal nothing. */
export async function requireMembership(deps: Pick<Deps, 'repos'>, user: CurrentUser, workspaceId: string) {
  const roles = await deps.repos.workspaces.rolesOf(workspaceId, user.id);
  const workspace = roles.length > 0 ? await deps.repos.workspaces.findWorkspace(workspaceId) : undefined;
  if (!workspace)
    throw notFound('workspace_not_found', 'This workspace does not exist or you are not a member.');
  return { workspace, roles };
}

export async function requireAdmin(
  deps: Pick<Deps, 'repos' | 'config'>,
  user: CurrentUser,
  workspaceId: string,
) {
  const membership = await requireMembership(deps, user, workspaceId);
  if (!canManageWorkspace(membership.roles)) {
    throw forbidden('admin_only', 'Only an admin of this workspace can do this.');
  }
  if (user.tokenScopes && !user.tokenScopes.includes('workspace-admin')) {
    throw forbidden('token_scope', 'This API token lacks the workspace-admin scope this needs.');
  }
  await refuseAdminWithoutTwoFactor(deps, user.id, membership.workspace.kind);
  return membership;
}

/** Growth cycles and stakeholders belong to leaders; a coach or admin alone has none to manage. */
export async function requireLeader(deps: Pick<Deps, 'repos'>, user: CurrentUser, workspaceId: string) {
  const membership = await requireMembership(deps, user, workspaceId);
  if (!membership.roles.includes('leader')) {
    throw forbidden('leader_only', 'Only a leader in this workspace can do this.');
  }
  return membership;
}

export async function getWorkspace(deps: Pick<Deps, 'repos'>, user: CurrentUser, workspaceId: string) {
  const { workspace, roles } = await requireMembership(deps, user, workspaceId);
  return {
    id: workspace.id,
    name: workspace.name,
    kind: workspace.kind,
    anonymityK: workspace.anonymity_k,
    timeZone: leaderTimeZone({ workspace: workspace.time_zone }),
    defaultLanguage: localeOr(workspace.default_language),
    stakeholderPolicy: policyOf(workspace),
    roles,
  };
}

export async function listMembers(deps: Pick<Deps, 'repos'>, user: CurrentUser, workspaceId: string) {
  await requireMembership(deps, user, workspaceId);
  const rows = await deps.repos.workspaces.listMembers(workspaceId);
  return groupRolesByWorkspace(rows).map(({ id, name, email, roles }) => ({
    userId: id,
    name,
    email,
    roles,
  }));
}

export async function inviteMember(
  deps: Deps,
  user: CurrentUser,
  workspaceId: string,
  input: { email: string; role: WorkspaceRole },
) {
  const { workspace } = await requireAdmin(deps, user, workspaceId);
  if (workspace.kind === 'personal') {
    throw invalid(
      'personal_workspace',
      'A personal workspace has no members. Create an organization to invite people.',
    );
  }
  // Without a mail server the invitation is held for the admin to send themselves, in their own name.
  refuseMailingUnverified(user, deps.config.SMTP_URL ? 1 : 0);
  await enforceRateLimit(deps, rateLimitRules.memberInvitationsPerWorkspace, workspaceId);
  const token = newToken();
  const now = deps.now();
  await deps.transact(async (repos) => {
    await repos.workspaces.insertInvitation({
      id: newId(),
      workspace_id: workspaceId,
      email: input.email,
      role: input.role,
      token_hash: hashToken(token),
      invited_by: user.id,
      created_at: now.toISOString(),
      expires_at: new Date(now.getTime() + invitationLifetimeMs).toISOString(),
      accepted_at: null,
    });
    await repos.audit.record(
      {
        workspaceId,
        actorUserId: user.id,
        action: 'member.invited',
        target: input.email,
        detail: input.role,
      },
      now,
    );
  });
  // Written in the inviter's language, else the workspace's: never in one the recipient's own account
  // keeps, as the outbox shows this message to admins and would tell them which addresses have one.
  const t = leaderMailText(leaderMailLanguage(user.language, workspace.default_language));
  const names = { inviter: user.name, workspace: workspace.name };
  await deps.mailer.send({
    to: input.email,
    workspaceId,
    accountId: user.id,
    subject: t('workspaceInvitation.subject', names),
    text: [
      t('workspaceInvitation.invited', { ...names, role: input.role }),
      '',
      t('invitation.accept'),
      '',
      `${deps.config.BASE_URL}/invitations/accept#token=${token}`,
    ].join('\n'),
  });
}

export async function acceptInvitation(deps: Deps, user: CurrentUser, token: string) {
  const invitation = await deps.repos.workspaces.findInvitationByTokenHash(hashToken(token));
  const now = deps.now();
  if (!invitation)
    throw gone('invitation_invalid', 'This invitation link is not valid. Ask the admin for a new one.');
  if (invitation.accepted_at) throw gone('invitation_used', 'This invitation was already accepted.');
  if (invitation.expires_at <= now.toISOString()) {
    throw gone('invitation_expired', 'This invitation has expired. Ask the admin for a new one.');
  }
  if (invitation.email !== user.email) {
    throw forbidden(
      'invitation_other_email',
      `This invitation is for ${invitation.email}. Sign in with that address to accept it.`,
    );
  }
  await deps.transact(async (repos) => {
    if (!(await repos.workspaces.markInvitationAccepted(invitation.id, now))) {
      throw gone('invitation_used', 'This invitation was already accepted.');
    }
    await repos.workspaces.addMembership(invitation.workspace_id, user.id, invitation.role, now);
    await repos.audit.record(
      {
        workspaceId: invitation.workspace_id,
        actorUserId: user.id,
        action: 'member.joined',
        target: user.email,
        detail: invitation.role,
      },
      now,
    );
  });
  return { workspaceId: invitation.workspace_id };
}

export async function listPendingInvitations(
  deps: Pick<Deps, 'repos' | 'now' | 'config'>,
  user: CurrentUser,
  workspaceId: string,
) {
  await requireAdmin(deps, user, workspaceId);
  const rows = await deps.repos.workspaces.listPendingInvitations(workspaceId, deps.now());
  return rows.map((row) => ({ id: row.id, email: row.email, role: row.role, expiresAt: row.expires_at }));
}

export async function setAnonymityThreshold(
  deps: Deps,
  user: CurrentUser,
  workspaceId: string,
  anonymityK: number,
) {
  await requireAdmin(deps, user, workspaceId);
  await deps.transact(async (repos) => {
    await repos.workspaces.updateAnonymityK(workspaceId, anonymityK);
    await repos.audit.record(
      { workspaceId, actorUserId: user.id, action: 'workspace.anonymity_k', target: String(anonymityK) },
      deps.now(),
    );
  });
}

export async function listOutbox(
  deps: Pick<Deps, 'repos' | 'config'>,
  user: CurrentUser,
  workspaceId: string,
) {
  await requireAdmin(deps, user, workspaceId);
  const rows = await deps.repos.mail.listForWorkspace(workspaceId, 200);
  return rows.map((row) => ({
    id: row.id,
    to: row.to_address,
    subject: row.subject,
    body: row.text_body,
    status: row.status,
    createdAt: row.created_at,
  }));
}
