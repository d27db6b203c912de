// i18n: not yet translated
import type { PendingInvitation } from '../../shared/workspaces';
import { EmptyState } from '../components/empty-state';
import { RoleBadges } from '../components/role-badges';
import { formatDate } from '../format';

export function PendingInvitations({ invitations }: { invitations: PendingInvitation[] }) {
  return (
    <section className="card section" aria-labelledby="pending-heading">
      <div className="section-heading">
        <h2 id="pending-heading">Pending invitations</h2>
        <span className="count">{invitations.length}</span>
      </div>
      {invitations.length === 0 ? (
        <EmptyState title="No invitations waiting">
          <p>People you invite appear here until they accept. Links stay valid for 14 days.</p>
        </EmptyState>
      ) : (
        <ul className="member-list" aria-label="Pending invitations">
          {invitations.map((invitation) => (
            <li key={invitation.id} className="member">
              <div className="member-identity">
                <span className="member-name">{invitation.email}</span>
                <span className="member-email">Link valid until {formatDate(invitation.expiresAt)}</span>
              </div>
              <RoleBadges roles={[invitation.role]} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
