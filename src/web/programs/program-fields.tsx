// i18n: not yet translated
import type { ProgramSummary } from '../../shared/programs';
import type { WorkspaceMember } from '../../shared/workspaces';
import { SelectField, TextField } from '../components/form-field';
import type { FormErrors } from '../forms';

type Props = { errors: FormErrors; coaches: WorkspaceMember[]; current?: ProgramSummary };

/** Name, dates, coach and the cadence new cycles inherit: the same fields to create and to edit. */
export function ProgramFields({ errors, coaches, current }: Props) {
  const field = errors.fieldErrors;
  return (
    <>
      <TextField label="Name" name="name" required defaultValue={current?.name} error={field.name} />
      <div className="form-row">
        <TextField
          label="Starts on"
          name="startsOn"
          type="date"
          required
          defaultValue={current?.startsOn}
          error={field.startsOn}
        />
        <TextField
          label="Ends on"
          name="endsOn"
          type="date"
          required
          defaultValue={current?.endsOn}
          error={field.endsOn}
        />
      </div>
      <SelectField
        label="Coach"
        name="coachAccountId"
        defaultValue={current?.coach?.accountId ?? ''}
        error={field.coachAccountId}
        hint={
          coaches.length === 0
            ? 'No member holds the coach role yet: invite one from the organization page, then choose them here.'
            : 'Each leader is offered this coach and decides whether to accept; a coach sees nothing without that consent.'
        }
      >
        <option value="">No coach</option>
        {coaches.map((coach) => (
          <option key={coach.userId} value={coach.userId}>
            {coach.name} ({coach.email})
          </option>
        ))}
      </SelectField>
      <fieldset className="fieldset">
        <legend>Cadence new growth cycles start with</legend>
        <div className="form-row">
          <TextField
            label="Check-in every (days)"
            name="checkInIntervalDays"
            type="number"
            min={7}
            max={90}
            required
            defaultValue={current?.cadence.checkInIntervalDays ?? 30}
            error={field.checkInIntervalDays}
          />
          <TextField
            label="Mini-survey every (days)"
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
          label="Daily practice reminder at"
          name="dailyReminderTime"
          type="time"
          defaultValue={current?.cadence.dailyReminderTime ?? ''}
          error={field.dailyReminderTime}
          hint="Leave empty to start cycles without a daily reminder. Leaders can change all of this in their own cycle."
        />
      </fieldset>
    </>
  );
}
