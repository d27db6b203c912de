import { useId } from 'react';
import { dayMs } from '../../shared/calendar';
import type { CycleProgress } from '../../shared/progress';
import { formatDayWithYear } from '../cycles/day';
import { formatChange, formatEffort, formatShare } from '../follow-up/follow-up-data';
import { uiLanguage } from '../i18n/ui-language';
import { useProgressText } from './progress-text';

const width = 640;
const left = 44;
const right = 44;
const changeTop = 30;
const changeHeight = 150;
const effortTop = 222;
const effortHeight = 80;
const height = effortTop + effortHeight + 30;
const day = dayMs;

const time = (isoDay: string) => Date.parse(`${isoDay.slice(0, 10)}T00:00:00Z`);

/**
 * The shared time axis: the cycle's span, widened to every week with effort (a day may be filled in
 * late, before the cycle's first day) and padded so a single day still has width.
 */
function axisOf(progress: CycleProgress) {
  const starts = [progress.timeline.from, ...progress.effort.weeks.map((week) => week.weekStart)];
  const ends = [progress.timeline.to, ...progress.miniSurveys.map((survey) => survey.date)];
  const from = Math.min(...starts.map(time)) - day;
  const to = Math.max(Math.max(...ends.map(time)) + 8 * day, from + 21 * day);
  const x = (isoDay: string) => left + ((time(isoDay) - from) / (to - from)) * (width - left - right);
  return { from, to, x, dayWidth: (width - left - right) / ((to - from) / day) };
}

const changeY = (value: number) => changeTop + ((3 - value) / 6) * changeHeight;
const effortY = (value: number) => effortTop + ((10 - value) / 10) * effortHeight;

type Point = { cx: number; cy: number };

/** Two rounds close together (or on one day) would print their numbers over each other: the lower one's goes aside. */
function labelAside(points: Point[], index: number) {
  const point = points[index] as Point;
  return points.some(
    (other, otherIndex) =>
      otherIndex !== index &&
      Math.abs(other.cx - point.cx) < 36 &&
      Math.abs(other.cy - point.cy) < 28 &&
      other.cy < point.cy,
  );
}

const monthFormats = new Map<string, Intl.DateTimeFormat>();

/** "6 Dec" under the axis, in the UI language. */
function formatTick(tick: number) {
  const language = uiLanguage();
  let format = monthFormats.get(language);
  if (!format) {
    format = new Intl.DateTimeFormat(language, { day: 'numeric', month: 'short', timeZone: 'UTC' });
    monthFormats.set(language, format);
  }
  return format.format(new Date(tick));
}

/**
 * Perceived change (mini-survey means, -3..+3) above and the leader's weekly effort (1..10) below, on
 * one time axis. Drawn with SVG attributes only (the CSP allows no inline styles); every number is also
 * in the tables beside it, and the description says in words what the lines show.
 */
export function ProgressChart({ progress }: { progress: CycleProgress }) {
  const t = useProgressText();
  const id = useId();
  const { x, from, to, dayWidth } = axisOf(progress);
  const points = progress.miniSurveys.flatMap((survey) =>
    survey.overall
      ? [{ survey, figure: survey.overall, cx: x(survey.date), cy: changeY(survey.overall.mean) }]
      : [],
  );
  const weeks = progress.effort.weeks.filter((week) => week.average !== null);
  const ticks = Array.from({ length: 5 }, (_, index) => from + ((to - from) * (index + 0.5)) / 5);
  const description = [
    points.length === 0
      ? t('chart.noMiniSurvey')
      : t('chart.means', {
          means: points
            .map(({ survey, figure }) =>
              t('chart.mean', {
                day: formatDayWithYear(survey.date),
                mean: formatChange(figure.mean),
                share: formatShare(figure.shareImproved),
              }),
            )
            .join('; '),
        }),
    weeks.length === 0
      ? t('chart.noEffort')
      : t('chart.effort', {
          low: formatEffort(Math.min(...weeks.map((w) => w.average ?? 0))),
          high: formatEffort(Math.max(...weeks.map((w) => w.average ?? 0))),
        }),
  ].join(' ');

  return (
    <figure className="progress-chart">
      <svg
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-desc`}
        className="progress-svg"
      >
        <title id={`${id}-title`}>{t('chart.title')}</title>
        <desc id={`${id}-desc`}>{description}</desc>
        {[-3, -2, -1, 0, 1, 2, 3].map((value) => (
          <g key={value}>
            <line
              x1={left}
              x2={width - right}
              y1={changeY(value)}
              y2={changeY(value)}
              className={value === 0 ? 'chart-axis' : value === 1 ? 'chart-goal' : 'chart-grid'}
            />
            <text x={left - 8} y={changeY(value) + 4} textAnchor="end" className="chart-tick">
              {value > 0 ? `+${value}` : value}
            </text>
          </g>
        ))}
        <text x={width - right + 4} y={changeY(1) + 4} className="chart-goal-label">
          +1
        </text>
        {points.length > 1 ? (
          <polyline
            points={points.map(({ cx, cy }) => `${cx},${cy}`).join(' ')}
            className="chart-line"
            fill="none"
          />
        ) : null}
        {points.map(({ survey, figure, cx, cy }, index) => (
          <g key={survey.roundId}>
            <circle
              cx={cx}
              cy={cy}
              r={6}
              className={figure.realProgress ? 'chart-dot chart-dot-real' : 'chart-dot'}
            />
            <text
              x={labelAside(points, index) ? cx + 12 : cx}
              y={labelAside(points, index) ? cy + 4 : cy - 12}
              textAnchor={labelAside(points, index) ? 'start' : 'middle'}
              className="chart-value"
            >
              {formatChange(figure.mean)}
            </text>
          </g>
        ))}
        {[0, 5, 10].map((value) => (
          <g key={value}>
            <line
              x1={left}
              x2={width - right}
              y1={effortY(value)}
              y2={effortY(value)}
              className={value === 0 ? 'chart-axis' : 'chart-grid'}
            />
            <text x={left - 8} y={effortY(value) + 4} textAnchor="end" className="chart-tick">
              {value}
            </text>
          </g>
        ))}
        {weeks.map((week) => {
          const barWidth = Math.min(Math.max(dayWidth * 5, 4), 36);
          const average = week.average ?? 0;
          return (
            <rect
              key={week.weekStart}
              x={x(week.weekStart) + dayWidth * 3.5 - barWidth / 2}
              y={effortY(average)}
              width={barWidth}
              height={effortY(0) - effortY(average)}
              className="chart-bar"
              rx={2}
            />
          );
        })}
        {ticks.map((tick) => (
          <text
            key={tick}
            x={x(new Date(tick).toISOString())}
            y={height - 8}
            textAnchor="middle"
            className="chart-tick"
          >
            {formatTick(tick)}
          </text>
        ))}
        <text x={left} y={changeTop - 10} className="chart-axis-label">
          {t('chart.changeAxis')}
        </text>
        <text x={left} y={effortTop - 10} className="chart-axis-label">
          {t('chart.effortAxis')}
        </text>
      </svg>
      <figcaption className="chart-legend">
        <span className="legend-item">
          <span className="legend-swatch legend-line" /> {t('chart.legendMean')}
        </span>
        <span className="legend-item">
          <span className="legend-swatch legend-real" /> {t('chart.legendReal')}
        </span>
        <span className="legend-item">
          <span className="legend-swatch legend-goal" /> {t('chart.legendGoal')}
        </span>
        <span className="legend-item">
          <span className="legend-swatch bar-self" /> {t('chart.legendEffort')}
        </span>
      </figcaption>
    </figure>
  );
}
