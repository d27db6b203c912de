import type { WorkspaceRole } from '../../shared/workspaces';
import { commonText, useCommonText } from '../i18n/common-text';

/**
 * Each role's name in the language shown now. Read while rendering (each property asks the catalog),
 * so a screen that re-renders on a language switch shows the new names.
 */
export const roleLabels: Readonly<Record<WorkspaceRole, string>> = {
  get leader() {
    return commonText('role.leader');
  },
  get coach() {
    return commonText('role.coach');
  },
  get admin() {
    return commonText('role.admin');
  },
};

export function RoleBadges({ roles }: { roles: readonly WorkspaceRole[] }) {
  const t = useCommonText();
  return (
    <ul className="badges" aria-label={t('roles.label')}>
      {roles.map((role) => (
        <li key={role} className={`badge badge-${role}`}>
          {roleLabels[role]}
        </li>
      ))}
    </ul>
  );
}
