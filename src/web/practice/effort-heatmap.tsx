import type { Checkin, Commitment } from '../../shared/plans';
import { richText } from '../i18n/rich-text';
import { heatmapLayout } from './heatmap-layout';
import { formatLongDay, formatShortDay } from './practice-data';
import { practiceText, usePracticeText } from './practice-text';

/** Five shades are as many as the eye tells apart; the number in each square says the rest. */
const levelOf = (score: number) => Math.ceil(score / 2);
const weekdayInitials = [
  'heatmap.mon',
  null,
  'heatmap.wed',
  null,
  'heatmap.fri',
  null,
  'heatmap.sun',
] as const;

type HeatmapProps = {
  commitment: Commitment;
  checkins: Checkin[];
  from: string;
  to: string;
  /** The leader's today, marked when it is in the range: a closed cycle's range ends before it. */
  today: string;
};

const cellClass = (checkin: Checkin | undefined, isToday: boolean) =>
  ['heat-cell', checkin ? `heat-${levelOf(checkin.score)}` : 'heat-none', isToday ? 'heat-today' : null]
    .filter(Boolean)
    .join(' ');

const describe = (day: string, checkin: Checkin | undefined) =>
  checkin
    ? practiceText('heatmap.cell', { day: formatLongDay(day), score: checkin.score })
    : practiceText('heatmap.cellNone', { day: formatLongDay(day) });

/**
 * The last weeks as a calendar, a column per week from Monday to Sunday, each day shaded by its score
 * and labeled for screen readers. The same scores, with notes, are in a table beneath.
 */
export function EffortHeatmap({ commitment, checkins, from, to, today }: HeatmapProps) {
  const t = usePracticeText();
  const byDay = new Map(
    checkins
      .filter((checkin) => checkin.commitmentId === commitment.id)
      .map((checkin) => [checkin.day, checkin]),
  );
  const { days, cells } = heatmapLayout(from, to);
  const scored = days.filter((day) => byDay.has(day));
  return (
    <div className="heatmap-block">
      <div className="heatmap-frame">
        <ul className="heatmap-weekdays" aria-hidden="true">
          {weekdayInitials.map((label, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: a fixed week of labels, some empty.
            <li key={index}>{label ? t(label) : ''}</li>
          ))}
        </ul>
        <ul
          className="heatmap"
          aria-label={t('heatmap.label', { from: formatLongDay(from), to: formatLongDay(to) })}
        >
          {cells.map((cell, index) => {
            if (cell.day === null)
              // biome-ignore lint/suspicious/noArrayIndexKey: empty squares before the first day.
              return <li key={`pad-${index}`} className="heat-cell heat-pad" aria-hidden="true" />;
            const { day } = cell;
            const checkin = byDay.get(day);
            const described = describe(day, checkin);
            const label = day === today ? t('heatmap.cellToday', { label: described }) : described;
            return (
              <li key={day} className={cellClass(checkin, day === today)} title={label}>
                <span className="visually-hidden">{label}</span>
                {checkin ? <span aria-hidden="true">{checkin.score}</span> : null}
              </li>
            );
          })}
        </ul>
      </div>
      <p className="heatmap-range" aria-hidden="true">
        {t('heatmap.range', { from: formatShortDay(from), to: formatShortDay(to) })}
      </p>
      <div className="heatmap-legend" aria-hidden="true">
        <span>{t('heatmap.less')}</span>
        {[1, 2, 3, 4, 5].map((level) => (
          <span key={level} className={`heat-swatch heat-${level}`} />
        ))}
        <span>{t('heatmap.more')}</span>
        <span className="heat-swatch heat-none" />
        <span>{t('heatmap.noScore')}</span>
      </div>
      <details className="disclosure">
        <summary className="disclosure-summary">
          {richText(t('heatmap.showTable', { action: commitment.action.replace(/\s+/g, ' ') }), {
            hidden: (chunk) => <span className="visually-hidden">{chunk}</span>,
          })}
        </summary>
        {scored.length === 0 ? (
          <p className="muted">{t('heatmap.noScores')}</p>
        ) : (
          <div className="table-scroll">
            <table className="data-table">
              <caption className="visually-hidden">
                {t('heatmap.caption', { action: commitment.action })}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t('heatmap.day')}</th>
                  <th scope="col">{t('heatmap.score')}</th>
                  <th scope="col">{t('heatmap.noteColumn')}</th>
                </tr>
              </thead>
              <tbody>
                {[...scored].reverse().map((day) => {
                  const checkin = byDay.get(day);
                  return (
                    <tr key={day}>
                      <th scope="row">{formatShortDay(day)}</th>
                      <td>{t('heatmap.scoreOf', { score: checkin?.score ?? '' })}</td>
                      <td className="prose">{checkin?.note ?? '—'}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        )}
      </details>
    </div>
  );
}
