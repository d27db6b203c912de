// i18n: not yet translated
import { Form } from 'react-router';
import { type AuditLog, auditActionLabel } from '../../shared/audit';
import { Button } from '../components/button';
import { SelectField, TextField } from '../components/form-field';
import type { FormErrors } from '../forms';

type Props = { filter: Record<string, string>; log: AuditLog | null; errors: FormErrors };

/** A GET form: submitting it changes the address, and the page loads the matching entries. */
export function AuditFilters({ filter, log, errors }: Props) {
  return (
    <Form method="get" className="form form-grid audit-filters" aria-label="Filter the audit log">
      <SelectField
        label="Action"
        name="action"
        defaultValue={filter.action}
        error={errors.fieldErrors.action}
      >
        <option value="">Any action</option>
        {(log?.actions ?? []).map((action) => (
          <option key={action} value={action}>
            {auditActionLabel(action)}
          </option>
        ))}
      </SelectField>
      <SelectField label="Who" name="actor" defaultValue={filter.actor} error={errors.fieldErrors.actor}>
        <option value="">Anyone</option>
        {(log?.actors ?? []).map((actor) => (
          <option key={actor.userId} value={actor.userId}>
            {actor.name}
          </option>
        ))}
      </SelectField>
      <TextField
        label="From"
        name="from"
        type="date"
        defaultValue={filter.from}
        error={errors.fieldErrors.from}
      />
      <TextField
        label="To"
        name="to"
        type="date"
        defaultValue={filter.to}
        error={errors.fieldErrors.to}
        hint="Whole days in UTC, both included."
      />
      <div className="form-actions">
        <Button type="submit">Show entries</Button>
      </div>
    </Form>
  );
}
