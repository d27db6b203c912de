import { dayMs } from '../../../shared/calendar';
import type { WorkspaceRole } from '../../../shared/workspaces';

export const defaultAnonymityK = 3;
export const invitationLifetimeMs = 14 * dayMs;

/** Members of a workspace may see its people; only admins may change it or read its outbox. */
export function canManageWorkspace(roles: readonly WorkspaceRole[]): boolean {
  return roles.includes('admin');
}

export function groupRolesByWorkspace<T extends { id: string; role: WorkspaceRole }>(rows: T[]) {
  const byId = new Map<string, Omit<T, 'role'> & { roles: WorkspaceRole[] }>();
  for (const { role, ...rest } of rows) {
    const entry = byId.get(rest.id) ?? { ...rest, roles: [] };
    entry.roles.push(role);
    byId.set(rest.id, entry);
  }
  return [...byId.values()];
}
