import type { WorkspaceRole } from '../../../shared/workspaces';

/** Which roles to add and which to take away to go from what a member holds to what an admin chose. */
export function planRoleChange(current: readonly WorkspaceRole[], next: readonly WorkspaceRole[]) {
  return {
    add: next.filter((role) => !current.includes(role)),
    remove: current.filter((role) => !next.includes(role)),
  };
}

/** Roles in one fixed order, so the audit log reads the same whatever order the form sent. */
export function describeRoles(roles: readonly WorkspaceRole[]): string {
  const order: WorkspaceRole[] = ['admin', 'leader', 'coach'];
  return order.filter((role) => roles.includes(role)).join(', ');
}

// An organization with no admin could never again invite, remove or change anyone.
export const lastAdminMessage =
  'An organization needs at least one admin. Make another member admin first (or hand yours over), then try again.';
