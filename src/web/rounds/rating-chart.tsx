// i18n: not yet translated
import type { Competency } from '../../shared/framework';
import type { Question } from '../../shared/questions';
import type { RatingResult } from '../../shared/round-results';
import { asSelfStatement } from '../cycles/baseline-fields';

// The server calls a merged group "Others"; beside the "Others" bar (everyone) it needs another name.
const groupName = (label: string) => (label === 'Others' ? 'Other groups' : label);

const meanFormat = new Intl.NumberFormat(undefined, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
export const formatMean = (mean: number) => meanFormat.format(mean);

export type ComparisonRow = {
  id: string;
  behavior: string;
  self: number | undefined;
  result: RatingResult;
  /** The scale's end labels, from the question the stakeholders saw. */
  scale: { minLabel: string; maxLabel: string };
};

/** Pairs each rated behavior with the leader's own baseline rating of it. */
export function comparisonRows(
  ratings: RatingResult[],
  questions: Question[],
  competency: Competency,
  baseline: Record<string, number>,
): ComparisonRow[] {
  return ratings.map((result) => {
    const behavior = competency.behaviors.find((candidate) => candidate.key === result.subject);
    const question = questions.find((candidate) => candidate.id === result.questionId);
    return {
      scale:
        question?.kind === 'rating'
          ? question
          : { minLabel: String(result.min), maxLabel: String(result.max) },
      id: result.questionId,
      behavior: behavior ? asSelfStatement(behavior.text) : result.prompt,
      self: result.subject ? baseline[result.subject] : undefined,
      result,
    };
  });
}

/** Where a value sits on the track: scales starting at 1 are drawn from 0, change scales from min. */
function position(value: number, min: number, max: number) {
  const from = min >= 1 ? 0 : min;
  return `${((value - from) / (max - from)) * 100}%`;
}

type BarProps = {
  label: string;
  tone: 'self' | 'others';
  value: number | undefined;
  min: number;
  max: number;
  text: string;
};

/** One labelled bar with its figure written beside it, so it reads the same to a screen reader. */
export function Bar({ label, tone, value, min, max, text }: BarProps) {
  return (
    <div className="bar-row">
      <span className="bar-label">{label}</span>
      <span className="bar-track" aria-hidden="true">
        {value === undefined ? null : (
          <span className={`bar-fill bar-${tone}`} style={{ width: position(value, min, max) }} />
        )}
      </span>
      <span className={value === undefined ? 'bar-value bar-value-missing' : 'bar-value'}>{text}</span>
    </div>
  );
}

export function SelfOthersLegend() {
  return (
    <div className="chart-legend">
      <span className="legend-item">
        <span className="legend-swatch bar-self" /> You, at the start
      </span>
      <span className="legend-item">
        <span className="legend-swatch bar-others" /> Others: average of the people you asked
      </span>
    </div>
  );
}

/**
 * Self versus others per behavior, as bars with their numbers written beside them, so the chart
 * reads the same to a screen reader as it looks. A table with every figure sits below it.
 */
export function RatingChart({ rows, k }: { rows: ComparisonRow[]; k: number }) {
  const first = rows[0];
  if (!first) return null;
  return (
    <div className="rating-chart">
      <SelfOthersLegend />
      <ul className="rating-rows" aria-label="Your rating and others' average, per behavior">
        {rows.map(({ id, behavior, self, result }) => (
          <li key={id} className="rating-row">
            <p className="rating-behavior">{behavior}</p>
            <Bar
              label="You"
              tone="self"
              value={self}
              min={result.min}
              max={result.max}
              text={self === undefined ? 'not rated' : `${self} of ${result.max}`}
            />
            <Bar
              label="Others"
              tone="others"
              value={result.overall?.mean}
              min={result.min}
              max={result.max}
              text={
                result.overall
                  ? `${formatMean(result.overall.mean)} · ${result.overall.n} ratings`
                  : `hidden: fewer than ${k} ratings`
              }
            />
            {result.byGroup.length > 0 ? (
              <p className="rating-groups">
                By group:{' '}
                {result.byGroup
                  .map(({ label, figure }) => `${groupName(label)} ${formatMean(figure.mean)}`)
                  .join(' · ')}
              </p>
            ) : null}
          </li>
        ))}
      </ul>
      <p className="chart-scale-note muted">
        Scale: {first.result.min} = {first.scale.minLabel.toLowerCase()}, {first.result.max} ={' '}
        {first.scale.maxLabel.toLowerCase()}. “Don't know” answers are not counted.
      </p>
    </div>
  );
}
