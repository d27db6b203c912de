import type { Attention } from '../../shared/coaching';
import { formatDate, formatDateTime } from '../format';

/** One line a coach reads at a glance: what needs attention and when. */
export function attentionText(item: Attention, goalOf: (cycleId: string) => string): string {
  const goal = goalOf(item.cycleId);
  switch (item.kind) {
    case 'round_closing_below_k':
      return `A round closes ${formatDateTime(item.closesAt)} without enough answers yet to show results (${goal}).`;
    case 'no_checkin_two_weeks':
      return item.lastCheckinOn
        ? `No check-in for two weeks: the last was on ${formatDate(item.lastCheckinOn)} (${goal}).`
        : `No check-in in the two weeks since committing (${goal}).`;
    case 'mini_survey_due':
      return item.dueOn
        ? `A mini-survey is due since ${formatDate(item.dueOn)} (${goal}).`
        : `A mini-survey is due (${goal}).`;
  }
}

export function AttentionList({
  items,
  goalOf,
  label,
}: {
  items: Attention[];
  goalOf: (cycleId: string) => string;
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
