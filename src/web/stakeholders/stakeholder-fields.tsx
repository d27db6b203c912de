import { relationshipGroups } from '../../shared/questions';
import type { Stakeholder } from '../../shared/stakeholders';
import { SelectField, TextField } from '../components/form-field';
import { relationshipGroupLabel } from '../cycles/cycles-text';
import type { FormErrors } from '../forms';
import { useStakeholdersText } from './stakeholders-text';

type StakeholderFieldsProps = { errors: FormErrors; initial?: Stakeholder };

/** Name, optional email and relationship: the same three inputs for adding and for editing. */
export function StakeholderFields({ errors, initial }: StakeholderFieldsProps) {
  const t = useStakeholdersText();
  return (
    <div className="stakeholder-fields">
      <TextField
        label={t('fields.name')}
        name="name"
        autoComplete="off"
        required
        defaultValue={initial?.name}
        error={errors.fieldErrors.name}
      />
      <TextField
        label={t('fields.email')}
        name="email"
        type="email"
        autoComplete="off"
        spellCheck={false}
        defaultValue={initial?.email ?? ''}
        hint={t('fields.emailHint')}
        error={errors.fieldErrors.email}
      />
      <SelectField
        label={t('fields.group')}
        name="relationshipGroup"
        defaultValue={initial?.relationshipGroup ?? ''}
        required
        error={errors.fieldErrors.relationshipGroup}
      >
        <option value="" disabled>
          {t('fields.choose')}
        </option>
        {relationshipGroups.map((group) => (
          <option key={group} value={group}>
            {relationshipGroupLabel(group)}
          </option>
        ))}
      </SelectField>
    </div>
  );
}
