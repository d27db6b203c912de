// i18n: not yet translated
import type { Checkin, Commitment } from '../../shared/plans';
import { heatmapLayout } from './heatmap-layout';
import { formatLongDay, formatShortDay } from './practice-data';

/** Five shades are as many as the eye tells apart; the number in each square says the rest. */
const levelOf = (score: number) => Math.ceil(score / 2);
const weekdayInitials = ['Mon', '', 'Wed', '', 'Fri', '', 'Sun'];

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
  `${formatLongDay(day)}: ${checkin ? `${checkin.score} of 10` : 'no score'}`;

/**
 * The last weeks as a calendar, a column per week from Monday to Sunday, each day shaded by its score
 * and labeled for screen readers. The same scores, with notes, are in a table beneath.
 */
export function EffortHeatmap({ commitment, checkins, from, to, today }: HeatmapProps) {
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
            <li key={index}>{label}</li>
          ))}
        </ul>
        <ul
          className="heatmap"
          aria-label={`Daily scores from ${formatLongDay(from)} to ${formatLongDay(to)}`}
        >
          {cells.map((cell, index) => {
            if (cell.day === null)
              // biome-ignore lint/suspicious/noArrayIndexKey: empty squares before the first day.
              return <li key={`pad-${index}`} className="heat-cell heat-pad" aria-hidden="true" />;
            const { day } = cell;
            const checkin = byDay.get(day);
            const label = `${describe(day, checkin)}${day === today ? ' (today)' : ''}`;
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
        {formatShortDay(from)} – {formatShortDay(to)}, a column per week
      </p>
      <div className="heatmap-legend" aria-hidden="true">
        <span>Less effort</span>
        {[1, 2, 3, 4, 5].map((level) => (
          <span key={level} className={`heat-swatch heat-${level}`} />
        ))}
        <span>More</span>
        <span className="heat-swatch heat-none" />
        <span>No score</span>
      </div>
      <details className="disclosure">
        <summary className="disclosure-summary">
          Show as a table<span className="visually-hidden">: {commitment.action}</span>
        </summary>
        {scored.length === 0 ? (
          <p className="muted">No scores in these weeks.</p>
        ) : (
          <div className="table-scroll">
            <table className="data-table">
              <caption className="visually-hidden">Your daily scores for “{commitment.action}”</caption>
              <thead>
                <tr>
                  <th scope="col">Day</th>
                  <th scope="col">Score</th>
                  <th scope="col">Note</th>
                </tr>
              </thead>
              <tbody>
                {[...scored].reverse().map((day) => {
                  const checkin = byDay.get(day);
                  return (
                    <tr key={day}>
                      <th scope="row">{formatShortDay(day)}</th>
                      <td>{checkin?.score} of 10</td>
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
