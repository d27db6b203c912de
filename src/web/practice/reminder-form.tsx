import { type FormEvent, useRef, useState } from 'react';
import { useFetcher } from 'react-router';
import type { DailyReminder } from '../../shared/plans';
import { FormAlert } from '../components/alert';
import { Button } from '../components/button';
import { useFocusFirstInvalid } from '../components/focus-first-invalid';
import { SelectField, TextField } from '../components/form-field';
import { StatusMessage } from '../components/status-message';
import { browserZone, TimeZoneOptions } from '../components/time-zone-options';
import { formatDateTime } from '../format';
import { errorsOf } from '../forms';
import { type PracticeActionResult, practiceIntents } from './practice-actions';

/**
 * An email at a chosen local time, with the daily questions in it; off until the leader turns it on.
 * Without a mail server no reminder can go, so only the time zone (which sets "today") is offered.
 */
export function ReminderForm({
  reminder,
  emailCanBeSent,
}: {
  reminder: DailyReminder;
  emailCanBeSent: boolean;
}) {
  const fetcher = useFetcher<PracticeActionResult>();
  // Never saved: the server's UTC default means nothing to the leader; their own zone is the better guess.
  const neverSet = !reminder.enabled && reminder.nextAt === null && reminder.timeZone === 'UTC';
  const [enabled, setEnabled] = useState(reminder.enabled && emailCanBeSent);
  const [time, setTime] = useState(reminder.time);
  const [timeZone, setTimeZone] = useState(neverSet ? browserZone() : reminder.timeZone);
  const [initialZone] = useState(timeZone);
  const form = useRef<HTMLFormElement>(null);
  const result = fetcher.state === 'idle' ? fetcher.data : undefined;
  const errors = errorsOf(result);
  useFocusFirstInvalid(form, result?.ok === false ? result : undefined);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    fetcher.submit(
      { intent: practiceIntents.reminder, enabled, time, timeZone, onlyTimeZone: !emailCanBeSent },
      { method: 'post', encType: 'application/json' },
    );
  }

  return (
    <form noValidate ref={form} className="form" onSubmit={submit}>
      <FormAlert message={errors.formError} />
      {emailCanBeSent ? (
        <label className="checkbox-row">
          <input
            type="checkbox"
            name="enabled"
            checked={enabled}
            onChange={(event) => setEnabled(event.target.checked)}
          />
          <span>Email me my daily questions every day</span>
        </label>
      ) : (
        <p>
          Reminders come by email, and this Feedforward has no mail server, so it cannot send them. Your daily
          questions are on this page whenever you come back; a bookmark or a calendar entry can remind you.
        </p>
      )}
      <div className="form-grid form-grid-even">
        {emailCanBeSent ? (
          <TextField
            label="At"
            name="time"
            type="time"
            value={time}
            required
            onChange={(event) => setTime(event.target.value)}
            error={errors.fieldErrors.time}
            className="input-narrow"
          />
        ) : null}
        <SelectField
          label="Time zone"
          name="timeZone"
          value={timeZone}
          onChange={(event) => setTimeZone(event.target.value)}
          error={errors.fieldErrors.timeZone}
          hint="Your “today” for the daily questions follows this zone too."
        >
          <TimeZoneOptions current={initialZone} />
        </SelectField>
      </div>
      <StatusMessage message={result?.ok ? result.message : undefined} />
      {emailCanBeSent && reminder.enabled && reminder.nextAt ? (
        <p className="muted">Next reminder: {formatDateTime(reminder.nextAt)}.</p>
      ) : null}
      <div className="form-actions">
        <Button type="submit" variant="secondary" busy={fetcher.state !== 'idle'} busyLabel="Saving…">
          {emailCanBeSent ? 'Save reminder' : 'Save time zone'}
        </Button>
      </div>
    </form>
  );
}
