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

export function dailyReminderMessage({ actions, url }: { actions: readonly string[]; url: string }) {
  return {
    subject: 'Your daily questions',
    text: [
      'A minute for your daily questions. Score your effort from 1 to 10, not the outcome:',
      '',
      ...actions.map((action) => `- ${dailyQuestion(action)}`),
      '',
      `Answer here: ${url}`,
      '',
      'You asked for this reminder; you can turn it off or change its time on the same page.',
    ].join('\n'),
  };
}
