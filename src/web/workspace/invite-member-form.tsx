import { useEffect } from 'react';
import { workspaceRoles } from '../../shared/workspaces';
import { FormAlert } from '../components/alert';
import { Button } from '../components/button';
import { SelectField, TextField } from '../components/form-field';
import { roleLabels } from '../components/role-badges';
import { StatusMessage } from '../components/status-message';
import { useFormFetcher } from '../components/use-form-fetcher';
import { workspaceIntents } from './workspace-actions';
import { useWorkspaceText } from './workspace-text';

export function InviteMemberForm() {
  const t = useWorkspaceText();
  const { fetcher, errors, succeeded: sent, form } = useFormFetcher();

  // After a successful invitation the form is ready for the next person.
  useEffect(() => {
    if (!sent) return;
    form.current?.reset();
  }, [sent, form.current?.reset]);

  return (
    <section className="subsection" aria-labelledby="invite-heading">
      <h3 id="invite-heading">{t('invite.heading')}</h3>
      <fetcher.Form method="post" noValidate ref={form} className="form form-grid">
        <input type="hidden" name="intent" value={workspaceIntents.invite} />
        <FormAlert message={errors.formError} />
        <TextField
          label={t('invite.email')}
          name="email"
          type="email"
          autoComplete="off"
          required
          error={errors.fieldErrors.email}
        />
        <SelectField
          label={t('invite.role')}
          name="role"
          defaultValue="leader"
          error={errors.fieldErrors.role}
          hint={t('invite.roleHint')}
        >
          {workspaceRoles.map((role) => (
            <option key={role} value={role}>
              {roleLabels[role]}
            </option>
          ))}
        </SelectField>
        <div className="form-actions">
          <Button type="submit" busy={fetcher.state !== 'idle'} busyLabel={t('invite.sending')}>
            {t('invite.submit')}
          </Button>
        </div>
        <StatusMessage message={sent} />
      </fetcher.Form>
    </section>
  );
}
