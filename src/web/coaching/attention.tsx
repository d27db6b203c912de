// i18n: not yet translated
import type { Attention } from '../../shared/coaching';
import { formatDate, formatDateTime } from '../format';

/** One line a coach reads at a glance: what needs attention and when. */
/** Which cycle an item is about, named only when the coachee has more than one. */
export type GoalOf = (cycleId: string) => string | null;

export function attentionText(item: Attention, goalOf: GoalOf): string {
  const named = goalOf(item.cycleId);
  const about = named ? ` (${named.replace(/[.!?]$/, '')})` : '';
  switch (item.kind) {
    case 'round_closing_below_k':
      return `A round closes ${formatDateTime(item.closesAt)} without enough answers yet to show results${about}.`;
    case 'no_checkin_two_weeks':
      return item.lastCheckinOn
        ? `No check-in for two weeks: the last was on ${formatDate(item.lastCheckinOn)}${about}.`
        : `No check-in in the two weeks since committing${about}.`;
    case 'mini_survey_due':
      return item.dueOn
        ? `A mini-survey has been due since ${formatDate(item.dueOn)}${about}.`
        : `A mini-survey is due${about}.`;
  }
}

export function AttentionList({
  items,
  goalOf,
  label,
}: {
  items: Attention[];
  goalOf: GoalOf;
  label: string;
}) {
  if (items.length === 0) return <p className="muted">Nothing needs attention now.</p>;
  return (
    <ul className="attention-list" aria-label={label}>
      {items.map((item) => (
        <li key={`${item.kind}-${item.cycleId}`} className="attention-item">
          {attentionText(item, goalOf)}
        </li>
      ))}
    </ul>
  );
}
