import type { WorkspaceMember } from '../../shared/workspaces';
import { RoleBadges } from '../components/role-badges';
import { MemberControls } from './member-controls';
import { useWorkspaceText } from './workspace-text';

type MembersSectionProps = {
  members: WorkspaceMember[];
  currentUserId: string;
  /** Admins of an organization change roles and remove members here. */
  canManage: boolean;
  children?: React.ReactNode;
};

export function MembersSection({ members, currentUserId, canManage, children }: MembersSectionProps) {
  const t = useWorkspaceText();
  return (
    <section className="card section" aria-labelledby="members-heading">
      <div className="section-heading">
        <h2 id="members-heading">{t('members.heading')}</h2>
        <span className="count">{members.length}</span>
      </div>
      <ul className="member-list" aria-label={t('members.heading')}>
        {members.map((member) => (
          <li key={member.userId} className="member">
            <div className="member-identity">
              <span className="member-name">
                {member.name}
                {member.userId === currentUserId ? (
                  <span className="member-you">{t('members.you')}</span>
                ) : null}
              </span>
              <span className="member-email">{member.email}</span>
            </div>
            <RoleBadges roles={member.roles} />
            {canManage ? <MemberControls member={member} isSelf={member.userId === currentUserId} /> : null}
          </li>
        ))}
      </ul>
      {children}
    </section>
  );
}
