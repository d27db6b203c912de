// i18n: not yet translated
import type { WorkspaceRole } from '../../shared/workspaces';

export const roleLabels: Record<WorkspaceRole, string> = { leader: 'Leader', coach: 'Coach', admin: 'Admin' };

export function RoleBadges({ roles }: { roles: readonly WorkspaceRole[] }) {
  return (
    <ul className="badges" aria-label="Roles">
      {roles.map((role) => (
        <li key={role} className={`badge badge-${role}`}>
          {roleLabels[role]}
        </li>
      ))}
    </ul>
  );
}
