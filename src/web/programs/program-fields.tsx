import type { ProgramSummary } from '../../shared/programs';
import type { WorkspaceMember } from '../../shared/workspaces';
import { SelectField, TextField } from '../components/form-field';
import type { FormErrors } from '../forms';
import { useProgramsText } from './programs-text';

type Props = { errors: FormErrors; coaches: WorkspaceMember[]; current?: ProgramSummary };

/** Name, dates, coach and the cadence new cycles inherit: the same fields to create and to edit. */
export function ProgramFields({ errors, coaches, current }: Props) {
  const t = useProgramsText();
  const field = errors.fieldErrors;
  return (
    <>
      <TextField
        label={t('fields.name')}
        name="name"
        required
        defaultValue={current?.name}
        error={field.name}
      />
      <div className="form-row">
        <TextField
          label={t('fields.startsOn')}
          name="startsOn"
          type="date"
          required
          defaultValue={current?.startsOn}
          error={field.startsOn}
        />
        <TextField
          label={t('fields.endsOn')}
          name="endsOn"
          type="date"
          required
          defaultValue={current?.endsOn}
          error={field.endsOn}
        />
      </div>
      <SelectField
        label={t('fields.coach')}
        name="coachAccountId"
        defaultValue={current?.coach?.accountId ?? ''}
        error={field.coachAccountId}
        hint={coaches.length === 0 ? t('fields.coachHintNone') : t('fields.coachHint')}
      >
        <option value="">{t('fields.noCoach')}</option>
        {coaches.map((coach) => (
          <option key={coach.userId} value={coach.userId}>
            {coach.name} ({coach.email})
          </option>
        ))}
      </SelectField>
      <fieldset className="fieldset">
        <legend>{t('fields.cadence')}</legend>
        <div className="form-row">
          <TextField
            label={t('fields.checkIn')}
            name="checkInIntervalDays"
            type="number"
            min={7}
            max={90}
            required
            defaultValue={current?.cadence.checkInIntervalDays ?? 30}
            error={field.checkInIntervalDays}
          />
          <TextField
            label={t('fields.miniSurvey')}
            name="miniSurveyIntervalDays"
            type="number"
            min={30}
            max={180}
            required
            defaultValue={current?.cadence.miniSurveyIntervalDays ?? 90}
            error={field.miniSurveyIntervalDays}
          />
        </div>
        <TextField
          label={t('fields.reminder')}
          name="dailyReminderTime"
          type="time"
          defaultValue={current?.cadence.dailyReminderTime ?? ''}
          error={field.dailyReminderTime}
          hint={t('fields.reminderHint')}
        />
      </fieldset>
    </>
  );
}
