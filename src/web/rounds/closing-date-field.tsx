// i18n: not yet translated
import { TextField } from '../components/form-field';
import { daysFromToday } from '../cycles/day';

const defaultHint = 'Answers are taken until the end of this day. A week works well; at most three months.';

/**
 * The day a new round closes, picked with the browser's own date picker: a week from today at first,
 * and nothing before today or more than three months ahead. Read it from the form as `closesOn`.
 */
export function ClosingDateField({ error, hint = defaultHint }: { error?: string; hint?: string }) {
  return (
    <TextField
      label="Closing date"
      name="closesOn"
      type="date"
      defaultValue={daysFromToday(7)}
      min={daysFromToday(0)}
      max={daysFromToday(90)}
      hint={hint}
      error={error}
      className="input-date"
    />
  );
}
