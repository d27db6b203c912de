// i18n: not yet translated
import { addDays, localDay } from '../../shared/calendar';
import type { CycleDetail } from '../../shared/cycles';
import type { MailSetup } from '../../shared/mail';
import {
  type CheckinsView,
  type Commitment,
  checkinsViewSchema,
  type DailyReminder,
  dailyReminderAnswerSchema,
} from '../../shared/plans';
import { type PushSetup, pushSetupSchema } from '../../shared/push';
import { apiGet } from '../api';
import { cycleApiPath, getCycle, getWorkspace } from '../cycles/cycle-data';
import { getMailSetup } from '../mail-setup';
import { getCommitments } from '../plans/plan-data';
import type { WorkspaceDetails } from '../workspace/workspace-data';

/** The check-ins the page shows; `today` is the leader's today, in their reminder's time zone. */
export type CheckinRange = CheckinsView;

export type PracticePageData = {
  cycle: CycleDetail;
  workspace: WorkspaceDetails;
  commitments: Commitment[];
  range: CheckinRange;
  reminder: DailyReminder;
  mail: MailSetup;
  push: PushSetup;
};

const getReminder = (request: Request, cycleId: string) =>
  apiGet(`${cycleApiPath(cycleId)}/daily-reminder`, dailyReminderAnswerSchema, { request }).then(
    ({ dailyReminder }) => dailyReminder,
  );

/**
 * A running cycle shows the weeks up to today. A closed one shows the weeks up to the day it closed,
 * counted in the leader's time zone as their days are, so its history does not scroll away into empty
 * weeks after it ends.
 */
async function getRange(request: Request, cycle: CycleDetail, reminder: Promise<DailyReminder>) {
  const path = `${cycleApiPath(cycle.id)}/checkins`;
  if (!cycle.closedAt) return apiGet(path, checkinsViewSchema, { request });
  const to = localDay(new Date(cycle.closedAt), (await reminder).timeZone);
  return apiGet(`${path}?to=${encodeURIComponent(to)}`, checkinsViewSchema, { request });
}

export async function loadPracticePage(request: Request, cycleId: string): Promise<PracticePageData> {
  const cycle = await getCycle(request, cycleId);
  const reminder = getReminder(request, cycle.id);
  const [workspace, commitments, range, dailyReminder, mail, push] = await Promise.all([
    getWorkspace(request, cycle.workspaceId),
    getCommitments(request, cycle.id),
    getRange(request, cycle, reminder),
    reminder,
    getMailSetup(request),
    apiGet('/api/push', pushSetupSchema, { request }),
  ]);
  return { cycle, workspace, commitments, range, reminder: dailyReminder, mail, push };
}

/** 0 for Monday … 6 for Sunday. */
export const weekdayOf = (day: string) => (new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7;

const longDay = new Intl.DateTimeFormat(undefined, {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  timeZone: 'UTC',
});
const shortDay = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', timeZone: 'UTC' });

export const formatLongDay = (day: string) => longDay.format(new Date(`${day}T00:00:00Z`));
export const formatShortDay = (day: string) => shortDay.format(new Date(`${day}T00:00:00Z`));

/** "today", "yesterday", or "on Monday 23 November": how people think of the week just gone. */
export function dayPhrase(day: string, today: string): string {
  if (day === today) return 'today';
  if (day === addDays(today, -1)) return 'yesterday';
  return `on ${formatLongDay(day)}`;
}

/** "ask what they tried first" → "Did I do my best to ask what they tried first today?" */
export function dailyQuestion(action: string, when = 'today'): string {
  const doing = action
    .trim()
    .replace(/[\s.!;,]+$/, '')
    .replace(/^(i\s+will|i'll|i’ll|will)\s+/i, '');
  const lowered = /^(I\b|[A-Z][A-Z0-9])/.test(doing) ? doing : doing.charAt(0).toLowerCase() + doing.slice(1);
  return `Did I do my best to ${lowered} ${when}?`;
}
