// i18n: not yet translated
import { relationshipGroupLabels, relationshipGroups } from '../../shared/questions';
import type { Stakeholder } from '../../shared/stakeholders';
import { SelectField, TextField } from '../components/form-field';
import type { FormErrors } from '../forms';

type StakeholderFieldsProps = { errors: FormErrors; initial?: Stakeholder };

/** Name, optional email and relationship: the same three inputs for adding and for editing. */
export function StakeholderFields({ errors, initial }: StakeholderFieldsProps) {
  return (
    <div className="stakeholder-fields">
      <TextField
        label="Name"
        name="name"
        autoComplete="off"
        required
        defaultValue={initial?.name}
        error={errors.fieldErrors.name}
      />
      <TextField
        label="Email (optional)"
        name="email"
        type="email"
        autoComplete="off"
        spellCheck={false}
        defaultValue={initial?.email ?? ''}
        hint="Without it, you get their link to pass on yourself."
        error={errors.fieldErrors.email}
      />
      <SelectField
        label="Who they are to you"
        name="relationshipGroup"
        defaultValue={initial?.relationshipGroup ?? ''}
        required
        error={errors.fieldErrors.relationshipGroup}
      >
        <option value="" disabled>
          Choose…
        </option>
        {relationshipGroups.map((group) => (
          <option key={group} value={group}>
            {relationshipGroupLabels[group]}
          </option>
        ))}
      </SelectField>
    </div>
  );
}
