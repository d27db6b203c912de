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
import { uiLanguage } from '../i18n/ui-language';
import { getMailSetup } from '../mail-setup';
import { getCommitments } from '../plans/plan-data';
import type { WorkspaceDetails } from '../workspace/workspace-data';
import { practiceText } from './practice-text';

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

const dayStyles = {
  long: { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' },
  short: { day: 'numeric', month: 'short', timeZone: 'UTC' },
} as const;
const dayFormatters = new Map<string, Intl.DateTimeFormat>();

// Days are written as people of the screen's language write them; one formatter per language and style.
function formatDay(day: string, style: keyof typeof dayStyles) {
  const key = `${uiLanguage()} ${style}`;
  let found = dayFormatters.get(key);
  if (!found) {
    found = new Intl.DateTimeFormat(uiLanguage(), dayStyles[style]);
    dayFormatters.set(key, found);
  }
  return found.format(new Date(`${day}T00:00:00Z`));
}

export const formatLongDay = (day: string) => formatDay(day, 'long');
export const formatShortDay = (day: string) => formatDay(day, 'short');

/**
 * Which day it is to the leader, for sentences that name it: each language words "today",
 * "yesterday" and a date in its own way (an ICU select on `when`, the date in `day`).
 */
export const dayValues = (day: string, today: string) => ({
  when: day === today ? 'today' : day === addDays(today, -1) ? 'yesterday' : 'other',
  day: formatLongDay(day),
});

/** "today", "yesterday", or "on Monday, November 23": how people think of the week just gone. */
export const dayPhrase = (day: string, today: string) => practiceText('day.phrase', dayValues(day, today));

/** "today", "yesterday" or "Monday, November 23", as a choice in a list or after "for". */
export const dayName = (day: string, today: string) => practiceText('day.name', dayValues(day, today));

/** "ask what they tried first" → "Did I do my best to ask what they tried first today?" */
export function dailyQuestion(action: string, day: string, today: string): string {
  const doing = action
    .trim()
    .replace(/[\s.!;,]+$/, '')
    .replace(/^(i\s+will|i'll|i’ll|will)\s+/i, '');
  // English continues the question with the action; German quotes it, nouns and all, as written.
  const keepsCase = uiLanguage() !== 'en' || /^(I\b|[A-Z][A-Z0-9])/.test(doing);
  const wording = keepsCase ? doing : doing.charAt(0).toLowerCase() + doing.slice(1);
  return practiceText('daily.question', { action: wording, ...dayValues(day, today) });
}
