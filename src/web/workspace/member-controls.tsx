// i18n: not yet translated
import { useState } from 'react';
import { type WorkspaceMember, type WorkspaceRole, workspaceRoles } from '../../shared/workspaces';
import { FormAlert } from '../components/alert';
import { Button } from '../components/button';
import { ConfirmDialog } from '../components/confirm-dialog';
import { roleLabels } from '../components/role-badges';
import { StatusMessage } from '../components/status-message';
import { useFormFetcher } from '../components/use-form-fetcher';
import { memberIntents } from './member-actions';

type Pending = { intent: string; title: string; body: string; confirm: string } | null;

/** An admin's changes to one member: roles, handing over admin, removal; each confirmed first. */
export function MemberControls({ member, isSelf }: { member: WorkspaceMember; isSelf: boolean }) {
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
        <legend className="visually-hidden">Roles of {member.name}</legend>
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
          busyLabel="Saving…"
          onClick={() =>
            taken.length > 0
              ? setPending({
                  intent: memberIntents.roles,
                  title: `Change ${member.name}'s roles?`,
                  body: `${member.name} will no longer be ${taken.join(' or ')} in this organization.`,
                  confirm: 'Change roles',
                })
              : send(memberIntents.roles)
          }
        >
          Save roles<span className="visually-hidden"> of {member.name}</span>
        </Button>
        {isSelf || member.roles.includes('admin') ? null : (
          <Button
            variant="quiet"
            onClick={() =>
              setPending({
                intent: memberIntents.transfer,
                title: `Hand admin over to ${member.name}?`,
                body: `${member.name} becomes an admin and you stop being one: you will no longer manage members, settings or the audit log here.`,
                confirm: 'Hand over admin',
              })
            }
          >
            Hand over admin<span className="visually-hidden"> to {member.name}</span>
          </Button>
        )}
        {isSelf ? null : (
          <Button
            variant="quiet"
            onClick={() =>
              setPending({
                intent: memberIntents.remove,
                title: `Remove ${member.name}?`,
                body: `${member.name} loses access to this organization. Their growth cycles and stakeholders stay theirs, in their personal workspace.`,
                confirm: 'Remove',
              })
            }
          >
            Remove<span className="visually-hidden"> {member.name}</span>
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
  const { fetcher, errors } = useFormFetcher();
  const [confirming, setConfirming] = useState(false);
  return (
    <section className="subsection" aria-labelledby="leave-heading">
      <h3 id="leave-heading">Leave {workspaceName}</h3>
      <p className="muted">
        Your growth cycles, stakeholders and results stay yours: they move to your personal workspace. You can
        also <a href="/api/account/export">download all your data</a> first.
      </p>
      <FormAlert message={errors.formError} />
      <Button
        variant="secondary"
        busy={fetcher.state !== 'idle'}
        busyLabel="Leaving…"
        onClick={() => setConfirming(true)}
      >
        Leave organization
      </Button>
      <ConfirmDialog
        open={confirming}
        title={`Leave ${workspaceName}?`}
        confirmLabel="Leave"
        onCancel={() => setConfirming(false)}
        onConfirm={() => {
          setConfirming(false);
          fetcher.submit({ intent: memberIntents.leave }, { method: 'post' });
        }}
      >
        <p>
          You will lose access to this organization until an admin invites you again. Your growth cycles and
          stakeholders move to your personal workspace.
        </p>
      </ConfirmDialog>
    </section>
  );
}
