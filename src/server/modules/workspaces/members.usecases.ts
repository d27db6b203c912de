import type { CurrentUser } from '../../../shared/accounts';
import type { WorkspaceRole } from '../../../shared/workspaces';
import type { AppDeps } from '../../deps';
import { conflict, invalid, notFound } from '../../errors';
import type { Repositories } from '../../repositories';
import { describeRoles, lastAdminMessage, planRoleChange } from './members.models';
import { createPersonalWorkspace, requireAdmin, requireMembership } from './workspaces.usecases';

type Deps = Pick<AppDeps, 'repos' | 'transact' | 'now' | 'config'>;

function refusePersonal(kind: 'personal' | 'organization') {
  if (kind === 'personal') {
    throw invalid(
      'personal_workspace',
      'A personal workspace has only you in it; there is no one to change.',
    );
  }
}

async function requireMember(repos: Repositories, workspaceId: string, userId: string) {
  const member = (await repos.workspaces.listMembers(workspaceId)).filter((row) => row.id === userId);
  const first = member[0];
  if (!first) throw notFound('member_not_found', 'This person is not a member of this organization.');
  return { id: first.id, name: first.name, email: first.email, roles: member.map((row) => row.role) };
}

/**
 * The last step of every membership change, inside its transaction and after the workspace row was
 * locked: if no admin is left, the whole change is undone. Checking before would let two admins
 * demote each other at the same moment.
 */
async function refuseZeroAdmins(repos: Repositories, workspaceId: string) {
  if ((await repos.workspaces.countAdmins(workspaceId)) === 0) throw conflict('last_admin', lastAdminMessage);
}

/** Cycles and stakeholders are the leader's own: leaving an organization, they go to the personal workspace. */
async function takeLeaderDataAlong(
  repos: Repositories,
  member: { id: string; name: string },
  from: string,
  now: Date,
) {
  const personal =
    (await repos.workspaces.findPersonalWorkspaceOf(member.id)) ??
    (await createPersonalWorkspace({ repos, now }, member));
  await repos.cycles.moveLeaderBetweenWorkspaces(member.id, from, personal);
  await repos.stakeholders.moveLeaderBetweenWorkspaces(member.id, from, personal);
}

export async function changeMemberRoles(
  deps: Deps,
  user: CurrentUser,
  workspaceId: string,
  memberId: string,
  roles: readonly WorkspaceRole[],
) {
  const { workspace } = await requireAdmin(deps, user, workspaceId);
  refusePersonal(workspace.kind);
  const now = deps.now();
  await deps.transact(async (repos) => {
    await repos.workspaces.lockWorkspace(workspaceId);
    const member = await requireMember(repos, workspaceId, memberId);
    const { add, remove } = planRoleChange(member.roles, roles);
    if (add.length === 0 && remove.length === 0) return;
    for (const role of add) await repos.workspaces.addMembership(workspaceId, memberId, role, now);
    await repos.workspaces.removeRoles(workspaceId, memberId, remove);
    await refuseZeroAdmins(repos, workspaceId);
    await repos.audit.record(
      {
        workspaceId,
        actorUserId: user.id,
        action: 'member.roles_changed',
        target: member.email,
        detail: describeRoles(roles),
      },
      now,
    );
  });
}

/** Hands the admin role to another member and gives up one's own, in one transaction. */
export async function transferAdmin(deps: Deps, user: CurrentUser, workspaceId: string, toUserId: string) {
  const { workspace } = await requireAdmin(deps, user, workspaceId);
  refusePersonal(workspace.kind);
  if (toUserId === user.id)
    throw invalid('transfer_to_self', 'Choose another member to hand admin to.', 'toUserId');
  const now = deps.now();
  await deps.transact(async (repos) => {
    await repos.workspaces.lockWorkspace(workspaceId);
    const member = await requireMember(repos, workspaceId, toUserId).catch(() => {
      throw invalid('not_a_member', 'Choose a member of this organization to hand admin to.', 'toUserId');
    });
    await repos.workspaces.addMembership(workspaceId, toUserId, 'admin', now);
    await repos.workspaces.removeRoles(workspaceId, user.id, ['admin']);
    // An admin who holds no other role is no longer a member at all.
    if ((await repos.workspaces.rolesOf(workspaceId, user.id)).length === 0) {
      await repos.workspaces.addMembership(workspaceId, user.id, 'leader', now);
    }
    await refuseZeroAdmins(repos, workspaceId);
    await repos.audit.record(
      {
        workspaceId,
        actorUserId: user.id,
        action: 'member.admin_transferred',
        target: member.email,
        detail: null,
      },
      now,
    );
  });
}

export async function removeMember(deps: Deps, user: CurrentUser, workspaceId: string, memberId: string) {
  const { workspace } = await requireAdmin(deps, user, workspaceId);
  refusePersonal(workspace.kind);
  if (memberId === user.id) {
    throw invalid('remove_self', 'To leave this organization yourself, use "Leave organization".');
  }
  const now = deps.now();
  await deps.transact(async (repos) => {
    await repos.workspaces.lockWorkspace(workspaceId);
    const member = await requireMember(repos, workspaceId, memberId);
    await takeLeaderDataAlong(repos, member, workspaceId, now);
    await repos.workspaces.removeMember(workspaceId, memberId);
    await refuseZeroAdmins(repos, workspaceId);
    await repos.audit.record(
      {
        workspaceId,
        actorUserId: user.id,
        action: 'member.removed',
        target: member.email,
        detail: describeRoles(member.roles),
      },
      now,
    );
  });
}

/** Any member may leave; their growth cycles and stakeholders stay theirs, in their personal workspace. */
export async function leaveWorkspace(deps: Deps, user: CurrentUser, workspaceId: string) {
  const { workspace } = await requireMembership(deps, user, workspaceId);
  refusePersonal(workspace.kind);
  const now = deps.now();
  await deps.transact(async (repos) => {
    await repos.workspaces.lockWorkspace(workspaceId);
    const member = await requireMember(repos, workspaceId, user.id);
    await takeLeaderDataAlong(repos, member, workspaceId, now);
    await repos.workspaces.removeMember(workspaceId, user.id);
    await refuseZeroAdmins(repos, workspaceId);
    await repos.audit.record(
      {
        workspaceId,
        actorUserId: user.id,
        action: 'member.left',
        target: user.email,
        detail: describeRoles(member.roles),
      },
      now,
    );
  });
}
