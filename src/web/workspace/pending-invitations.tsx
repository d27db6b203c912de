import type { PendingInvitation } from '../../shared/workspaces';
import { EmptyState } from '../components/empty-state';
import { RoleBadges } from '../components/role-badges';
import { formatDate } from '../format';
import { useWorkspaceText } from './workspace-text';

export function PendingInvitations({ invitations }: { invitations: PendingInvitation[] }) {
  const t = useWorkspaceText();
  return (
    <section className="card section" aria-labelledby="pending-heading">
      <div className="section-heading">
        <h2 id="pending-heading">{t('pending.heading')}</h2>
        <span className="count">{invitations.length}</span>
      </div>
      {invitations.length === 0 ? (
        <EmptyState title={t('pending.emptyTitle')}>
          <p>{t('pending.emptyText')}</p>
        </EmptyState>
      ) : (
        <ul className="member-list" aria-label={t('pending.heading')}>
          {invitations.map((invitation) => (
            <li key={invitation.id} className="member">
              <div className="member-identity">
                <span className="member-name">{invitation.email}</span>
                <span className="member-email">
                  {t('pending.validUntil', { date: formatDate(invitation.expiresAt) })}
                </span>
              </div>
              <RoleBadges roles={[invitation.role]} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
