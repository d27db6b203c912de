import { useState } from 'react';
import { type WorkspaceMember, type WorkspaceRole, workspaceRoles } from '../../shared/workspaces';
import { FormAlert } from '../components/alert';
import { Button } from '../components/button';
import { ConfirmDialog } from '../components/confirm-dialog';
import { roleLabels } from '../components/role-badges';
import { StatusMessage } from '../components/status-message';
import { useFormFetcher } from '../components/use-form-fetcher';
import { richText } from '../i18n/rich-text';
import { uiLanguage } from '../i18n/ui-language';
import { memberIntents } from './member-actions';
import { useWorkspaceText } from './workspace-text';

type Pending = { intent: string; title: string; body: string; confirm: string } | null;

/** An admin's changes to one member: roles, handing over admin, removal; each confirmed first. */
export function MemberControls({ member, isSelf }: { member: WorkspaceMember; isSelf: boolean }) {
  const t = useWorkspaceText();
  const { fetcher, errors, succeeded } = useFormFetcher();
  const [roles, setRoles] = useState<WorkspaceRole[]>(member.roles);
  const [pending, setPending] = useState<Pending>(null);
  const changed = roles.length !== member.roles.length || roles.some((role) => !member.roles.includes(role));
  const send = (intent: string) => {
    setPending(null);
    fetcher.submit(
      { intent, userId: member.userId, name: member.name, roles: roles.join(',') },
      { method: 'post' },
    );
  };
  const toggle = (role: WorkspaceRole, on: boolean) =>
    setRoles((current) => (on ? [...current, role] : current.filter((each) => each !== role)));
  const taken = member.roles.filter((role) => !roles.includes(role)).map((role) => roleLabels[role]);

  return (
    <div className="member-controls">
      <fieldset className="member-roles">
        <legend className="visually-hidden">{t('members.rolesOf', { name: member.name })}</legend>
        {workspaceRoles.map((role) => (
          <label key={role} className="checkbox-row">
            <input
              type="checkbox"
              checked={roles.includes(role)}
              onChange={(event) => toggle(role, event.currentTarget.checked)}
            />
            {roleLabels[role]}
          </label>
        ))}
      </fieldset>
      <div className="member-actions">
        <Button
          variant="secondary"
          disabled={!changed}
          busy={fetcher.state !== 'idle' && fetcher.formData?.get('intent') === memberIntents.roles}
          busyLabel={t('saving')}
          onClick={() =>
            taken.length > 0
              ? setPending({
                  intent: memberIntents.roles,
                  title: t('members.changeRolesTitle', { name: member.name }),
                  body: t('members.changeRolesBody', {
                    name: member.name,
                    roles: new Intl.ListFormat(uiLanguage(), { type: 'disjunction' }).format(taken),
                  }),
                  confirm: t('members.changeRoles'),
                })
              : send(memberIntents.roles)
          }
        >
          {richText(t('members.saveRoles', { name: member.name }), {
            hidden: (chunk) => <span className="visually-hidden">{chunk}</span>,
          })}
        </Button>
        {isSelf || member.roles.includes('admin') ? null : (
          <Button
            variant="quiet"
            onClick={() =>
              setPending({
                intent: memberIntents.transfer,
                title: t('members.handOverTitle', { name: member.name }),
                body: t('members.handOverBody', { name: member.name }),
                confirm: t('members.handOver'),
              })
            }
          >
            {richText(t('members.handOverButton', { name: member.name }), {
              hidden: (chunk) => <span className="visually-hidden">{chunk}</span>,
            })}
          </Button>
        )}
        {isSelf ? null : (
          <Button
            variant="quiet"
            onClick={() =>
              setPending({
                intent: memberIntents.remove,
                title: t('members.removeTitle', { name: member.name }),
                body: t('members.removeBody', { name: member.name }),
                confirm: t('members.remove'),
              })
            }
          >
            {richText(t('members.removeButton', { name: member.name }), {
              hidden: (chunk) => <span className="visually-hidden">{chunk}</span>,
            })}
          </Button>
        )}
      </div>
      <FormAlert message={errors.formError} />
      <StatusMessage message={succeeded} />
      <ConfirmDialog
        open={pending !== null}
        title={pending?.title ?? ''}
        confirmLabel={pending?.confirm ?? ''}
        onCancel={() => setPending(null)}
        onConfirm={() => pending && send(pending.intent)}
      >
        <p>{pending?.body}</p>
      </ConfirmDialog>
    </div>
  );
}

/** Any member may leave an organization, after being told what happens to their data. */
export function LeaveOrganization({ workspaceName }: { workspaceName: string }) {
  const t = useWorkspaceText();
  const { fetcher, errors } = useFormFetcher();
  const [confirming, setConfirming] = useState(false);
  return (
    <section className="subsection" aria-labelledby="leave-heading">
      <h3 id="leave-heading">{t('leave.heading', { workspace: workspaceName })}</h3>
      <p className="muted">
        {richText(t('leave.text'), { export: (chunk) => <a href="/api/account/export">{chunk}</a> })}
      </p>
      <FormAlert message={errors.formError} />
      <Button
        variant="secondary"
        busy={fetcher.state !== 'idle'}
        busyLabel={t('leave.leaving')}
        onClick={() => setConfirming(true)}
      >
        {t('leave.button')}
      </Button>
      <ConfirmDialog
        open={confirming}
        title={t('leave.title', { workspace: workspaceName })}
        confirmLabel={t('leave.confirm')}
        onCancel={() => setConfirming(false)}
        onConfirm={() => {
          setConfirming(false);
          fetcher.submit({ intent: memberIntents.leave }, { method: 'post' });
        }}
      >
        <p>{t('leave.body')}</p>
      </ConfirmDialog>
    </section>
  );
}
