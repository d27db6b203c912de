import {
  type Checkin,
  checkinAnswerSchema,
  checkinSchema,
  type DailyReminder,
  dailyReminderAnswerSchema,
  dailyReminderSchema,
} from '../../shared/plans';
import { apiPut } from '../api';
import { cycleApiPath } from '../cycles/cycle-data';
import { errorsFromFailure, type FormErrors, failed, outOfDateForm, validate } from '../forms';
import { commitmentApiPath } from '../plans/plan-data';

export const practiceIntents = { checkin: 'checkin', reminder: 'daily-reminder' } as const;

export type PracticeActionResult =
  | { ok: false; intent: string; errors: FormErrors }
  | { ok: true; intent: string; message?: string; checkin?: Checkin; reminder?: DailyReminder };

const refused = (intent: string, errors: FormErrors): PracticeActionResult =>
  ({ ...failed(errors), intent }) as PracticeActionResult;

async function checkin(request: Request, body: Record<string, unknown>) {
  const intent = practiceIntents.checkin;
  const checked = validate(checkinSchema, body, ['score', 'note']);
  if ('errors' in checked) return refused(intent, checked.errors);
  const path = `${commitmentApiPath(String(body.commitmentId ?? ''))}/checkins/${encodeURIComponent(String(body.day ?? ''))}`;
  try {
    const saved = await apiPut(path, checked.data, checkinAnswerSchema, { request });
    return { ok: true, intent, checkin: saved.checkin } satisfies PracticeActionResult;
  } catch (error) {
    return refused(intent, errorsFromFailure(error, ['score', 'note']));
  }
}

const reminderInputs = ['enabled', 'time', 'timeZone'];

async function saveReminder(request: Request, cycleId: string, body: Record<string, unknown>) {
  const intent = practiceIntents.reminder;
  const checked = validate(dailyReminderSchema, body, reminderInputs);
  if ('errors' in checked) return refused(intent, checked.errors);
  try {
    const { dailyReminder } = await apiPut(
      `${cycleApiPath(cycleId)}/daily-reminder`,
      checked.data,
      dailyReminderAnswerSchema,
      { request },
    );
    // Without a mail server only the time zone can be chosen: the form never turns a reminder on.
    const message = dailyReminder.enabled
      ? `Reminder on: every day at ${dailyReminder.time} (${dailyReminder.timeZone}).`
      : body.onlyTimeZone
        ? `Saved: your days follow ${dailyReminder.timeZone}.`
        : 'Reminder off. Your daily questions are here whenever you want them.';
    return { ok: true, intent, message, reminder: dailyReminder } satisfies PracticeActionResult;
  } catch (error) {
    return refused(intent, errorsFromFailure(error, reminderInputs));
  }
}

export async function practiceAction({
  request,
  params,
}: {
  request: Request;
  params: { cycleId?: string };
}) {
  const { intent, ...body } = (await request.json()) as Record<string, unknown>;
  if (intent === practiceIntents.checkin) return checkin(request, body);
  if (intent === practiceIntents.reminder) return saveReminder(request, params.cycleId ?? '', body);
  return refused(String(intent), outOfDateForm);
}
