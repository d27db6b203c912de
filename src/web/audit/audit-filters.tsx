import { Form } from 'react-router';
import { type AuditLog, auditActionLabel } from '../../shared/audit';
import { Button } from '../components/button';
import { SelectField, TextField } from '../components/form-field';
import type { FormErrors } from '../forms';
import { useAuditText } from './audit-text';

type Props = { filter: Record<string, string>; log: AuditLog | null; errors: FormErrors };

/** A GET form: submitting it changes the address, and the page loads the matching entries. */
export function AuditFilters({ filter, log, errors }: Props) {
  const t = useAuditText();
  return (
    <Form method="get" className="form form-grid audit-filters" aria-label={t('filters.label')}>
      <SelectField
        label={t('filters.action')}
        name="action"
        defaultValue={filter.action}
        error={errors.fieldErrors.action}
      >
        <option value="">{t('filters.anyAction')}</option>
        {(log?.actions ?? []).map((action) => (
          <option key={action} value={action}>
            {auditActionLabel(action)}
          </option>
        ))}
      </SelectField>
      <SelectField label={t('who')} name="actor" defaultValue={filter.actor} error={errors.fieldErrors.actor}>
        <option value="">{t('filters.anyone')}</option>
        {(log?.actors ?? []).map((actor) => (
          <option key={actor.userId} value={actor.userId}>
            {actor.name}
          </option>
        ))}
      </SelectField>
      <TextField
        label={t('filters.from')}
        name="from"
        type="date"
        defaultValue={filter.from}
        error={errors.fieldErrors.from}
      />
      <TextField
        label={t('filters.to')}
        name="to"
        type="date"
        defaultValue={filter.to}
        error={errors.fieldErrors.to}
        hint={t('filters.toHint')}
      />
      <div className="form-actions">
        <Button type="submit">{t('filters.submit')}</Button>
      </div>
    </Form>
  );
}
