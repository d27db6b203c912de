import type { Attention } from '../../shared/coaching';
import { formatDate, formatDateTime } from '../format';
import { type CoachingText, useCoachingText } from './coaching-text';

/** One line a coach reads at a glance: what needs attention and when. */
/** Which cycle an item is about, named only when the coachee has more than one. */
export type GoalOf = (cycleId: string) => string | null;

export function attentionText(item: Attention, goalOf: GoalOf, t: CoachingText): string {
  const named = goalOf(item.cycleId);
  const about = named ? t('attention.about', { goal: named.replace(/[.!?]$/, '') }) : '';
  switch (item.kind) {
    case 'round_closing_below_k':
      return t('attention.roundClosing', { when: formatDateTime(item.closesAt), about });
    case 'no_checkin_two_weeks':
      return item.lastCheckinOn
        ? t('attention.noCheckinSince', { date: formatDate(item.lastCheckinOn), about })
        : t('attention.noCheckin', { about });
    case 'mini_survey_due':
      return item.dueOn
        ? t('attention.miniSurveyDueSince', { date: formatDate(item.dueOn), about })
        : t('attention.miniSurveyDue', { about });
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
  const t = useCoachingText();
  if (items.length === 0) return <p className="muted">{t('attention.nothing')}</p>;
  return (
    <ul className="attention-list" aria-label={label}>
      {items.map((item) => (
        <li key={`${item.kind}-${item.cycleId}`} className="attention-item">
          {attentionText(item, goalOf, t)}
        </li>
      ))}
    </ul>
  );
}
