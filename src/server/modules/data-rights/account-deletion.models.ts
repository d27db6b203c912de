import type { SoleAdminWorkspace } from '../../../shared/data-rights';
import type { WorkspaceRole } from '../../../shared/workspaces';

/** One workspace the account belongs to, with what the others in it hold. */
export type MembershipOverview = {
  workspaceId: string;
  name: string;
  kind: 'personal' | 'organization';
  roles: WorkspaceRole[];
  otherMembers: number;
  otherAdmins: number;
};

export type DeletionPlan =
  | { allowed: true; deleteWorkspaceIds: string[]; leaveWorkspaceIds: string[] }
  | { allowed: false; soleAdminOf: SoleAdminWorkspace[] };

/**
 * A workspace nobody else belongs to goes with the account (a personal one always does). An
 * organization whose only admin is leaving would be left without anyone able to manage it, so
 * deletion is refused until admin is handed over; we never pick a new admin on their behalf.
 */
export function planAccountDeletion(memberships: readonly MembershipOverview[]): DeletionPlan {
  const soleAdminOf = memberships
    .filter((m) => m.otherMembers > 0 && m.roles.includes('admin') && m.otherAdmins === 0)
    .map((m) => ({ id: m.workspaceId, name: m.name }));
  if (soleAdminOf.length > 0) return { allowed: false, soleAdminOf };
  const alone = (m: MembershipOverview) => m.kind === 'personal' || m.otherMembers === 0;
  return {
    allowed: true,
    deleteWorkspaceIds: memberships.filter(alone).map((m) => m.workspaceId),
    leaveWorkspaceIds: memberships.filter((m) => !alone(m)).map((m) => m.workspaceId),
  };
}

export function soleAdminMessage(workspaces: readonly SoleAdminWorkspace[]): string {
  const names = workspaces.map((w) => `"${w.name}"`).join(', ');
  return (
    `You are the only admin of ${names}. Invite another member as admin there (or ask an admin to ` +
    'remove the others) before deleting your account, so the workspace is not left without one.'
  );
}
