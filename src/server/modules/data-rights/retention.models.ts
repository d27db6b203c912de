import { defaultTimeZone, subtractLocalMonths } from '../../../shared/calendar';
import type { Answers, Question } from '../../../shared/questions';

/**
 * The moment N calendar months before `now` on the workspace's wall clock (decision 0032; UTC
 * unless the workspace chose a zone); the 31st becomes the month's last day.
 */
export function retentionCutoff(now: Date, months: number, timeZone = defaultTimeZone): Date {
  return subtractLocalMonths(now, months, timeZone);
}

/**
 * Removes the answers to free-text questions and keeps ratings and choices: words can identify
 * their author long after a round, numbers combined over k people do not.
 */
export function withoutFreeText(
  questions: readonly Question[],
  answers: Answers,
): { answers: Answers; changed: boolean } {
  const textIds = new Set(questions.filter((q) => q.kind === 'text').map((q) => q.id));
  const kept: Answers = {};
  let changed = false;
  for (const [questionId, value] of Object.entries(answers)) {
    if (textIds.has(questionId)) changed = true;
    else kept[questionId] = value;
  }
  return { answers: kept, changed };
}

/** YYYY-MM-DD in UTC: the daily job's unique key, so each day runs it once across all processes. */
export function retentionDay(now: Date): string {
  return now.toISOString().slice(0, 10);
}

/** The next run: 03:00 UTC tomorrow, a quiet hour for most organizations. */
export function nextRetentionRun(now: Date): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 1, 3));
}
