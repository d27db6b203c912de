// i18n: not yet translated
import type { WeeklyEffort } from '../../shared/plans';
import { EmptyState } from '../components/empty-state';
import { formatShortDay } from './practice-data';

const average = new Intl.NumberFormat(undefined, { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** The week's average effort across all behaviors: the line to put beside what people perceive. */
export function WeeklyEffortList({ weeks, closed = false }: { weeks: WeeklyEffort[]; closed?: boolean }) {
  if (weeks.length === 0) {
    return closed ? (
      <EmptyState title="No scores">
        <p>No daily scores were recorded in these weeks.</p>
      </EmptyState>
    ) : (
      <EmptyState title="No scores yet">
        <p>Your weekly averages appear here after your first daily questions.</p>
      </EmptyState>
    );
  }
  return (
    <ul className="week-list" aria-label="Average effort per week">
      {[...weeks].reverse().map((week) => (
        <li key={week.weekStart} className="week-row">
          <span className="week-label">Week of {formatShortDay(week.weekStart)}</span>
          <span className="bar-track" aria-hidden="true">
            {week.average === null ? null : (
              <span className="bar-fill bar-others" style={{ width: `${week.average * 10}%` }} />
            )}
          </span>
          <span className={week.average === null ? 'week-value bar-value-missing' : 'week-value'}>
            {week.average === null
              ? 'no scores'
              : `${average.format(week.average)} · ${week.checkIns} ${week.checkIns === 1 ? 'score' : 'scores'}`}
          </span>
        </li>
      ))}
    </ul>
  );
}
