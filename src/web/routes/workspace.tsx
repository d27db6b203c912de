import { Link, useLoaderData, useRouteLoaderData } from 'react-router';
import type { CurrentUser } from '../../shared/accounts';
import { CoachCard } from '../coaching/coach-card';
import { Alert } from '../components/alert';
import { Breadcrumb } from '../components/breadcrumb';
import { useDocumentTitle } from '../components/document-title';
import { RoleBadges } from '../components/role-badges';
import { GrowthCyclesCard } from '../cycles/growth-cycles-card';
import { takeFlash } from '../flash';
import { RelationshipsCard } from '../follow-up/relationships-card';
import { richText } from '../i18n/rich-text';
import { ProgramsCard } from '../programs/programs-card';
import { AnonymitySetting } from '../workspace/anonymity-setting';
import { AuditLogCard, FrameworkCard } from '../workspace/framework-card';
import { InviteMemberForm } from '../workspace/invite-member-form';
import { LanguageSetting } from '../workspace/language-setting';
import { LeaveOrganization } from '../workspace/member-controls';
import { MembersSection } from '../workspace/members-section';
import { OutboxSection } from '../workspace/outbox-section';
import { PendingInvitations } from '../workspace/pending-invitations';
import { RetentionSetting } from '../workspace/retention-setting';
import { SsoSetting } from '../workspace/sso-setting';
import { StakeholderPolicySetting } from '../workspace/stakeholder-policy-setting';
import { StakeholdersCard } from '../workspace/stakeholders-card';
import { TimeZoneSetting } from '../workspace/time-zone-setting';
import { WaitingListsSection } from '../workspace/waiting-lists-section';
import { loadWorkspacePage, type WorkspacePageData } from '../workspace/workspace-data';
import { useWorkspaceText } from '../workspace/workspace-text';

export { workspaceAction } from '../workspace/workspace-actions';

export async function workspaceLoader({
  request,
  params,
}: {
  request: Request;
  params: { workspaceId?: string };
}) {
  const data = await loadWorkspacePage(request, params.workspaceId ?? '');
  return { ...data, flash: takeFlash() };
}

export function WorkspacePage() {
  const { workspace, members, admin, flash } = useLoaderData() as WorkspacePageData & {
    flash: string | null;
  };
  const { user } = useRouteLoaderData('app') as { user: CurrentUser };
  const t = useWorkspaceText();
  useDocumentTitle(workspace.name);
  const personal = workspace.kind === 'personal';

  const settings = (
    <>
      <MembersSection members={members} currentUserId={user.id} canManage={admin !== null && !personal}>
        {personal ? (
          <p className="muted">
            {richText(t('page.personalAlone'), { create: (chunk) => <Link to="/">{chunk}</Link> })}
          </p>
        ) : admin ? (
          <InviteMemberForm />
        ) : (
          <p className="muted">{t('page.onlyAdminsInvite')}</p>
        )}
        {personal ? null : <LeaveOrganization workspaceName={workspace.name} />}
      </MembersSection>

      {admin && !personal ? <PendingInvitations invitations={admin.invitations} /> : null}
      <AnonymitySetting current={workspace.anonymityK} canChange={admin !== null} />
      {admin && !personal ? <StakeholderPolicySetting current={workspace.stakeholderPolicy} /> : null}
      {admin && !personal ? (
        <SsoSetting current={admin.sso} callbackUrl={`${window.location.origin}/api/auth/sso/callback`} />
      ) : null}
      {admin ? <TimeZoneSetting current={workspace.timeZone} /> : null}
      {admin ? <LanguageSetting current={workspace.defaultLanguage} /> : null}
      {admin ? <RetentionSetting current={admin.retentionMonths} /> : null}
      {admin ? <FrameworkCard workspaceId={workspace.id} /> : null}
      {admin && !personal ? <AuditLogCard workspaceId={workspace.id} /> : null}
    </>
  );

  return (
    <div className="page">
      <Breadcrumb trail={[{ label: workspace.name }]} />
      <div className="page-heading">
        <p className="eyebrow">{personal ? t('page.personal') : t('page.organization')}</p>
        <h1>{workspace.name}</h1>
        <div className="page-heading-meta">
          <span>{t('page.yourRoles')}</span>
          <RoleBadges roles={workspace.roles} />
        </div>
      </div>
      {flash ? <Alert tone="success">{flash}</Alert> : null}
      {admin &&
      !personal &&
      (workspace.stakeholderPolicy.approvalRequired || admin.waitingLists.length > 0) ? (
        <WaitingListsSection lists={admin.waitingLists} />
      ) : null}
      {admin && !personal ? <ProgramsCard workspaceId={workspace.id} /> : null}
      {workspace.roles.includes('leader') ? <GrowthCyclesCard workspaceId={workspace.id} /> : null}
      {workspace.roles.includes('leader') ? <StakeholdersCard workspaceId={workspace.id} /> : null}
      {workspace.roles.includes('leader') ? <RelationshipsCard workspaceId={workspace.id} /> : null}
      {workspace.roles.includes('leader') ? <CoachCard workspaceId={workspace.id} /> : null}

      {personal ? (
        // A personal workspace is one leader's; its settings rarely change, so they stay folded away.
        <details className="card section disclosure workspace-settings">
          <summary className="disclosure-summary">{t('page.settings')}</summary>
          <p className="muted">{t('page.settingsIntro')}</p>
          {settings}
        </details>
      ) : (
        settings
      )}
      {admin ? <OutboxSection messages={admin.outbox} /> : null}
    </div>
  );
}
