import type { WeeklyEffort } from '../../shared/plans';
import { EmptyState } from '../components/empty-state';
import { uiLanguage } from '../i18n/ui-language';
import { formatShortDay } from './practice-data';
import { usePracticeText } from './practice-text';

// "7.5" in English, "7,5" in German.
const formatAverage = (value: number) =>
  new Intl.NumberFormat(uiLanguage(), { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(value);

/** The week's average effort across all behaviors: the line to put beside what people perceive. */
export function WeeklyEffortList({ weeks, closed = false }: { weeks: WeeklyEffort[]; closed?: boolean }) {
  const t = usePracticeText();
  if (weeks.length === 0) {
    return closed ? (
      <EmptyState title={t('weekly.noScores')}>
        <p>{t('weekly.noneRecorded')}</p>
      </EmptyState>
    ) : (
      <EmptyState title={t('weekly.noScoresYet')}>
        <p>{t('weekly.appearHere')}</p>
      </EmptyState>
    );
  }
  return (
    <ul className="week-list" aria-label={t('weekly.label')}>
      {[...weeks].reverse().map((week) => (
        <li key={week.weekStart} className="week-row">
          <span className="week-label">{t('weekly.weekOf', { day: formatShortDay(week.weekStart) })}</span>
          <span className="bar-track" aria-hidden="true">
            {week.average === null ? null : (
              <span className="bar-fill bar-others" style={{ width: `${week.average * 10}%` }} />
            )}
          </span>
          <span className={week.average === null ? 'week-value bar-value-missing' : 'week-value'}>
            {week.average === null
              ? t('weekly.none')
              : t('weekly.value', { average: formatAverage(week.average), count: week.checkIns })}
          </span>
        </li>
      ))}
    </ul>
  );
}
