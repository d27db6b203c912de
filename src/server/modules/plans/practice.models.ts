import { leaderMailText } from '../../../shared/i18n/catalogs/leader-mail';
import type { UiLocale } from '../../../shared/i18n/locales';
// Pure rules of the Commit, Tell and Practice steps: stage moves, the leader's local "today",
// which days a check-in may be for, and when the next daily reminder fires.

import { addDays, localDay } from '../../../shared/calendar';
import { type CycleStage, cycleStages } from '../../../shared/cycles';
import { localReminderInstant } from './daily-practice-schedule.models';

/** Saving a commitment, telling the team or checking in moves a cycle forward, never back. */
export function stageAtLeast(current: CycleStage, reached: CycleStage): CycleStage {
  return cycleStages.indexOf(current) >= cycleStages.indexOf(reached) ? current : reached;
}

/** Daily questions are answered for today, or to catch up on the last week; never ahead. */
export function checkinDayProblem(
  day: string,
  today: string,
  daysBack: number,
): 'day_in_future' | 'day_too_old' | null {
  if (day > today) return 'day_in_future';
  if (day < addDays(today, -daysBack)) return 'day_too_old';
  return null;
}

export type ReminderPreference = { time: string; timeZone: string };

/** The next reminder after `now`: today at the chosen local time if still ahead, else tomorrow. */
export function nextReminder(preference: ReminderPreference, now: Date): { day: string; at: Date } {
  const today = localDay(now, preference.timeZone);
  for (const day of [today, addDays(today, 1)]) {
    const at = localReminderInstant(day, preference.time, preference.timeZone);
    if (at.getTime() > now.getTime()) return { day, at };
  }
  // Only reached around a zone's offset change; two days ahead is always later than now.
  const day = addDays(today, 2);
  return { day, at: localReminderInstant(day, preference.time, preference.timeZone) };
}

/** "ask what they tried first" → "Did I do my best to ask what they tried first today?" */
export function dailyQuestion(action: string): string {
  const doing = action
    .trim()
    .replace(/[\s.!;,]+$/, '')
    .replace(/^(i\s+will|i'll|i’ll|will)\s+/i, '');
  const lowered = /^(I\b|[A-Z][A-Z0-9])/.test(doing) ? doing : doing.charAt(0).toLowerCase() + doing.slice(1);
  return `Did I do my best to ${lowered} today?`;
}

/**
 * In the leader's language. The English question rewrites the leader's "I will …" into its sentence;
 * other languages quote the behavior as written, since it may be in any language.
 */
export function dailyReminderMessage({
  actions,
  url,
  language,
}: {
  actions: readonly string[];
  url: string;
  language: UiLocale;
}) {
  const t = leaderMailText(language);
  const question = (action: string) =>
    language === 'en'
      ? dailyQuestion(action)
      : t('dailyReminder.question', { action: action.trim().replace(/[\s.!?;,]+$/, '') });
  return {
    subject: t('dailyReminder.subject'),
    text: [
      t('dailyReminder.intro'),
      '',
      ...actions.map((action) => `- ${question(action)}`),
      '',
      t('dailyReminder.answerHere', { url }),
      '',
      t('dailyReminder.why'),
    ].join('\n'),
  };
}
