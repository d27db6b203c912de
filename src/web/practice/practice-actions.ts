import type { RouterContextProvider, ShouldRevalidateFunction } from 'react-router';
import {
  type Checkin,
  checkinSchema,
  type DailyReminder,
  dailyReminderAnswerSchema,
  dailyReminderSchema,
} from '../../shared/plans';
import { ApiError, apiPut } from '../api';
import { cycleApiPath } from '../cycles/cycle-data';
import {
  errorsFromFailure,
  type FormErrors,
  failed,
  outOfDateForm,
  skipRevalidationAfterRefusal,
  validate,
} from '../forms';
import { enqueueCheckin, newSyncKey } from '../pwa/checkin-queue';
import { sendCheckin } from '../pwa/checkin-sync';
import { signedInUser } from '../session';
import { queuedCheckin } from './offline-checkins';
import { practiceText } from './practice-text';

export const practiceIntents = { checkin: 'checkin', reminder: 'daily-reminder' } as const;

export type PracticeActionResult =
  | { ok: false; intent: string; errors: FormErrors }
  | {
      ok: true;
      intent: string;
      message?: string;
      checkin?: Checkin;
      /** Saved on this device without a network, to be sent when it is back (decision 0049). */
      queued?: boolean;
      /** A check-in made later on another device stays (decision 0045). */
      superseded?: boolean;
      reminder?: DailyReminder;
    };

const refused = (intent: string, errors: FormErrors): PracticeActionResult =>
  ({ ...failed(errors), intent }) as PracticeActionResult;

/**
 * Every check-in carries a key and the time it was made, so sending it again counts it once. Without
 * a network it waits on the device and is sent later (pwa/checkin-sync.ts): the leader's tap is never lost.
 */
async function checkin(request: Request, body: Record<string, unknown>, userId: string) {
  const intent = practiceIntents.checkin;
  const checked = validate(checkinSchema, body, ['score', 'note']);
  if ('errors' in checked) return refused(intent, checked.errors);
  const entry = queuedCheckin({
    syncKey: newSyncKey(),
    userId,
    commitmentId: String(body.commitmentId ?? ''),
    day: String(body.day ?? ''),
    score: checked.data.score,
    note: checked.data.note,
    recordedAt: new Date().toISOString(),
  });
  const { commitmentId, day, score, note } = entry;
  const keep = async () => {
    await enqueueCheckin(entry);
    return {
      ok: true,
      intent,
      queued: true,
      checkin: { commitmentId, day, score, note },
    } satisfies PracticeActionResult;
  };
  if (!navigator.onLine) return keep();
  try {
    const saved = await sendCheckin(entry, { request });
    return {
      ok: true,
      intent,
      checkin: saved.checkin,
      superseded: saved.sync === 'superseded',
    } satisfies PracticeActionResult;
  } catch (error) {
    // Sent but unanswered is fine too: the server counts the key once when it comes again.
    if (error instanceof ApiError && error.status === 0 && !request.signal.aborted) return keep();
    return refused(intent, errorsFromFailure(error, ['score', 'note']));
  }
}

const reminderInputs = ['enabled', 'time', 'timeZone', 'byEmail', 'byPush'];

function reminderOn(reminder: DailyReminder) {
  const values = { time: reminder.time, timeZone: reminder.timeZone };
  if (reminder.byEmail && reminder.byPush) return practiceText('reminder.onBoth', values);
  return practiceText(reminder.byPush ? 'reminder.onPush' : 'reminder.on', values);
}

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
    // Without a mail server and without notifications chosen, only the time zone was saved.
    const message = dailyReminder.enabled
      ? reminderOn(dailyReminder)
      : body.onlyTimeZone
        ? practiceText('reminder.zoneSaved', { timeZone: dailyReminder.timeZone })
        : practiceText('reminder.off');
    return { ok: true, intent, message, reminder: dailyReminder } satisfies PracticeActionResult;
  } catch (error) {
    return refused(intent, errorsFromFailure(error, reminderInputs));
  }
}

export async function practiceAction({
  request,
  params,
  context,
}: {
  request: Request;
  params: { cycleId?: string };
  context: Readonly<RouterContextProvider>;
}) {
  const { intent, ...body } = (await request.json()) as Record<string, unknown>;
  if (intent === practiceIntents.checkin) return checkin(request, body, context.get(signedInUser).id);
  if (intent === practiceIntents.reminder) return saveReminder(request, params.cycleId ?? '', body);
  return refused(String(intent), outOfDateForm);
}

/**
 * After a check-in kept on the device there is no network to reload the page's data from; the page
 * shows the waiting check-in itself. A refusal changed nothing either.
 */
export const practiceShouldRevalidate: ShouldRevalidateFunction = (args) =>
  (args.actionResult as PracticeActionResult | undefined)?.ok === true &&
  (args.actionResult as { queued?: boolean }).queued
    ? false
    : skipRevalidationAfterRefusal(args);
