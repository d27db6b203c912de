import { useEffect, useRef } from 'react';
import { useFetcher } from 'react-router';
import { workspaceRoles } from '../../shared/workspaces';
import { FormAlert } from '../components/alert';
import { Button } from '../components/button';
import { useFocusFirstError } from '../components/focus-first-error';
import { SelectField, TextField } from '../components/form-field';
import { roleLabels } from '../components/role-badges';
import { StatusMessage } from '../components/status-message';
import { errorsOf, type FormResult } from '../forms';
import { workspaceIntents } from './workspace-actions';

const roleHints =
  'Leaders grow their own capability, coaches support leaders who invite them, admins run the program.';

export function InviteMemberForm() {
  const fetcher = useFetcher<FormResult>();
  const errors = errorsOf(fetcher.data);
  const sent = fetcher.state === 'idle' && fetcher.data?.ok ? fetcher.data.message : undefined;
  const form = useRef<HTMLFormElement>(null);
  useFocusFirstError(form, errors);

  // After a successful invitation the form is ready for the next person.
  useEffect(() => {
    if (!sent) return;
    form.current?.reset();
  }, [sent]);

  return (
    <section className="subsection" aria-labelledby="invite-heading">
      <h3 id="invite-heading">Invite someone</h3>
      <fetcher.Form method="post" noValidate ref={form} className="form form-grid">
        <input type="hidden" name="intent" value={workspaceIntents.invite} />
        <FormAlert message={errors.formError} />
        <TextField
          label="Email"
          name="email"
          type="email"
          autoComplete="off"
          required
          error={errors.fieldErrors.email}
        />
        <SelectField
          label="Role"
          name="role"
          defaultValue="leader"
          error={errors.fieldErrors.role}
          hint={roleHints}
        >
          {workspaceRoles.map((role) => (
            <option key={role} value={role}>
              {roleLabels[role]}
            </option>
          ))}
        </SelectField>
        <div className="form-actions">
          <Button type="submit" busy={fetcher.state !== 'idle'} busyLabel="Sending…">
            Send invitation
          </Button>
        </div>
        <StatusMessage message={sent} />
      </fetcher.Form>
    </section>
  );
}
