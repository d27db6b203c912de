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
import { usePracticeText } from './practice-text';

/**
 * The daily questions at a chosen local time, by email and/or as a notification on the leader's
 * devices; off until the leader turns one on. Without a mail server only notifications are offered;
 * the time zone (which sets "today") can always be chosen.
 */
export function ReminderForm({
  reminder,
  emailCanBeSent,
  pushDevices,
}: {
  reminder: DailyReminder;
  emailCanBeSent: boolean;
  pushDevices: number;
}) {
  const t = usePracticeText();
  const fetcher = useFetcher<PracticeActionResult>();
  // Never saved: the server's UTC default means nothing to the leader; their own zone is the better guess.
  const neverSet = !reminder.enabled && reminder.nextAt === null && reminder.timeZone === 'UTC';
  const [byEmail, setByEmail] = useState(reminder.enabled && reminder.byEmail && emailCanBeSent);
  const [byPush, setByPush] = useState(reminder.enabled && reminder.byPush);
  const [time, setTime] = useState(reminder.time);
  const [timeZone, setTimeZone] = useState(neverSet ? browserZone() : reminder.timeZone);
  const [initialZone] = useState(timeZone);
  const form = useRef<HTMLFormElement>(null);
  const result = fetcher.state === 'idle' ? fetcher.data : undefined;
  const errors = errorsOf(result);
  useFocusFirstInvalid(form, result?.ok === false ? result : undefined);
  const enabled = byEmail || byPush;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    fetcher.submit(
      {
        intent: practiceIntents.reminder,
        enabled,
        time,
        timeZone,
        // Kept as saved when off, so turning it on again offers the same channels.
        byEmail: enabled ? byEmail : reminder.byEmail,
        byPush: enabled ? byPush : reminder.byPush,
        onlyTimeZone: !emailCanBeSent && !enabled,
      },
      { method: 'post', encType: 'application/json' },
    );
  }

  return (
    <form noValidate ref={form} className="form" onSubmit={submit}>
      <FormAlert message={errors.formError} />
      <div className="checkbox-group">
        {emailCanBeSent ? (
          <label className="checkbox-row">
            <input
              type="checkbox"
              name="byEmail"
              checked={byEmail}
              onChange={(event) => setByEmail(event.target.checked)}
            />
            <span>{t('reminder.byEmail')}</span>
          </label>
        ) : (
          <p>{t('reminder.noMailServer')}</p>
        )}
        <label className="checkbox-row">
          <input
            type="checkbox"
            name="byPush"
            checked={byPush}
            aria-describedby={pushDevices === 0 ? 'push-channel-hint' : undefined}
            onChange={(event) => setByPush(event.target.checked)}
          />
          <span>{t('reminder.byPush')}</span>
        </label>
        {pushDevices === 0 ? (
          <p className="field-hint" id="push-channel-hint">
            {t('reminder.noDevice')}
          </p>
        ) : null}
      </div>
      <div className="form-grid form-grid-even">
        {enabled ? (
          <TextField
            label={t('reminder.at')}
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
          label={t('reminder.timeZone')}
          name="timeZone"
          value={timeZone}
          onChange={(event) => setTimeZone(event.target.value)}
          error={errors.fieldErrors.timeZone}
          hint={t('reminder.timeZoneHint')}
        >
          <TimeZoneOptions current={initialZone} />
        </SelectField>
      </div>
      <StatusMessage message={result?.ok ? result.message : undefined} />
      {reminder.enabled && reminder.nextAt ? (
        <p className="muted">{t('reminder.next', { date: formatDateTime(reminder.nextAt) })}</p>
      ) : null}
      <div className="form-actions">
        <Button
          type="submit"
          variant="secondary"
          busy={fetcher.state !== 'idle'}
          busyLabel={t('reminder.saving')}
        >
          {t(emailCanBeSent || enabled ? 'reminder.save' : 'reminder.saveZone')}
        </Button>
      </div>
    </form>
  );
}
