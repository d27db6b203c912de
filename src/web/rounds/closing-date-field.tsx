import { TextField } from '../components/form-field';
import { daysFromToday } from '../cycles/day';
import { useRoundsText } from './rounds-text';

/**
 * The day a new round closes, picked with the browser's own date picker: a week from today at first,
 * and nothing before today or more than three months ahead. Read it from the form as `closesOn`.
 */
export function ClosingDateField({ error, hint }: { error?: string; hint?: string }) {
  const t = useRoundsText();
  return (
    <TextField
      label={t('closingDate.label')}
      name="closesOn"
      type="date"
      defaultValue={daysFromToday(7)}
      min={daysFromToday(0)}
      max={daysFromToday(90)}
      hint={hint ?? t('closingDate.hint')}
      error={error}
      className="input-date"
    />
  );
}
