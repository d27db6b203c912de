import { useId } from 'react';
import type { ProgramInsight } from '../../shared/programs';
import { useProgramsText } from './programs-text';

const followUpKeys = ['chart.never', 'chart.once', 'chart.fewTimes', 'chart.regularly'] as const;
const width = 480;
const height = 300;
const margin = { left: 56, right: 24, top: 16, bottom: 48 };
const x = (followUp: number) => margin.left + (followUp / 3) * (width - margin.left - margin.right);
const y = (change: number) => margin.top + ((3 - change) / 6) * (height - margin.top - margin.bottom);
const signed = (value: number) => (value > 0 ? `+${value}` : String(value));

/**
 * Goldsmith's relationship in the program's own released data: how often stakeholders said
 * leaders followed up, against how much more effective they saw them. One point per group of at
 * least k leaders, never one per leader; the table below says the same for screen readers.
 */
export function FollowUpChart({ points }: { points: ProgramInsight['followUpVsChange'] }) {
  const t = useProgramsText();
  const titleId = useId();
  const shown = points.flatMap((point) => (point.figure.shown ? [{ ...point, figure: point.figure }] : []));
  return (
    <>
      {shown.length > 0 ? (
        <svg
          className="insight-chart"
          viewBox={`0 0 ${width} ${height}`}
          role="img"
          aria-labelledby={titleId}
        >
          <title id={titleId}>{t('chart.title')}</title>
          <line className="axis" x1={margin.left} x2={width - margin.right} y1={y(0)} y2={y(0)} />
          <line
            className="axis"
            x1={margin.left}
            x2={margin.left}
            y1={margin.top}
            y2={height - margin.bottom}
          />
          {[-3, -2, -1, 0, 1, 2, 3].map((tick) => (
            <text key={tick} x={margin.left - 8} y={y(tick) + 4} textAnchor="end">
              {signed(tick)}
            </text>
          ))}
          {followUpKeys.map((key, index) => (
            <text key={key} x={x(index)} y={height - margin.bottom + 18} textAnchor="middle">
              {t(key)}
            </text>
          ))}
          <text x={(width + margin.left) / 2} y={height - 6} textAnchor="middle">
            {t('chart.xAxis')}
          </text>
          {shown.map((point) => (
            <g key={point.key}>
              <circle className="point" cx={x(point.figure.followUp)} cy={y(point.figure.change)} r={7} />
              <text x={x(point.figure.followUp) + 10} y={y(point.figure.change) - 8}>
                {point.label}
              </text>
            </g>
          ))}
        </svg>
      ) : null}
      <table className="data-table">
        <caption className="visually-hidden">{t('chart.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('chart.group')}</th>
            <th scope="col">{t('chart.leaders')}</th>
            <th scope="col">{t('chart.followUp')}</th>
            <th scope="col">{t('chart.change')}</th>
          </tr>
        </thead>
        <tbody>
          {points.map((point) => (
            <tr key={point.key}>
              <th scope="row">{point.label}</th>
              {point.figure.shown ? (
                <>
                  <td>{point.figure.leaders}</td>
                  <td>{point.figure.followUp}</td>
                  <td>{signed(point.figure.change)}</td>
                </>
              ) : (
                <td colSpan={3} className="not-enough">
                  {t('chart.notEnough')}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
