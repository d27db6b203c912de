import type { Competency } from '../../shared/framework';
import type { Question } from '../../shared/questions';
import type { RatingResult } from '../../shared/round-results';
import { asSelfStatement } from '../cycles/baseline-fields';
import { uiLanguage } from '../i18n/ui-language';
import { type RoundsTextKey, roundsText, useRoundsText } from './rounds-text';

/** A group as the server labels it ("Direct report", or "Others" for merged groups), in the UI language. */
export const groupLabel = (label: string) => {
  const key = groupKeys[label];
  return key ? roundsText(key) : label;
};

// Beside the "Others" bar (everyone) a merged group needs another name.
const groupName = (label: string) =>
  label === 'Others' ? roundsText('group.otherGroups') : groupLabel(label);

const groupKeys: Record<string, RoundsTextKey> = {
  'Direct report': 'group.directReport',
  Peer: 'group.peer',
  Manager: 'group.manager',
  Other: 'group.other',
  Others: 'group.others',
};

const meanFormats = new Map<string, Intl.NumberFormat>();

/** An average with one decimal, as the UI language writes it ("3.5", "3,5"). */
export function formatMean(mean: number) {
  const language = uiLanguage();
  let format = meanFormats.get(language);
  if (!format) {
    format = new Intl.NumberFormat(language, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
    meanFormats.set(language, format);
  }
  return format.format(mean);
}

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
  const t = useRoundsText();
  return (
    <div className="chart-legend">
      <span className="legend-item">
        <span className="legend-swatch bar-self" /> {t('chart.selfLegend')}
      </span>
      <span className="legend-item">
        <span className="legend-swatch bar-others" /> {t('chart.othersLegend')}
      </span>
    </div>
  );
}

/**
 * Self versus others per behavior, as bars with their numbers written beside them, so the chart
 * reads the same to a screen reader as it looks. A table with every figure sits below it.
 */
export function RatingChart({ rows, k }: { rows: ComparisonRow[]; k: number }) {
  const t = useRoundsText();
  const first = rows[0];
  if (!first) return null;
  return (
    <div className="rating-chart">
      <SelfOthersLegend />
      <ul className="rating-rows" aria-label={t('chart.label')}>
        {rows.map(({ id, behavior, self, result }) => (
          <li key={id} className="rating-row">
            <p className="rating-behavior">{behavior}</p>
            <Bar
              label={t('chart.you')}
              tone="self"
              value={self}
              min={result.min}
              max={result.max}
              text={
                self === undefined
                  ? t('chart.notRated')
                  : t('rating.ofMax', { rating: self, max: result.max })
              }
            />
            <Bar
              label={t('chart.others')}
              tone="others"
              value={result.overall?.mean}
              min={result.min}
              max={result.max}
              text={
                result.overall
                  ? t('chart.mean', { mean: formatMean(result.overall.mean), count: result.overall.n })
                  : t('chart.hidden', { k })
              }
            />
            {result.byGroup.length > 0 ? (
              <p className="rating-groups">
                {t('chart.byGroup', {
                  groups: result.byGroup
                    .map(({ label, figure }) =>
                      t('chart.groupMean', { group: groupName(label), mean: formatMean(figure.mean) }),
                    )
                    .join(' · '),
                })}
              </p>
            ) : null}
          </li>
        ))}
      </ul>
      <p className="chart-scale-note muted">
        {t('chart.scale', {
          min: first.result.min,
          minLabel: first.scale.minLabel.toLowerCase(),
          max: first.result.max,
          maxLabel: first.scale.maxLabel.toLowerCase(),
        })}
      </p>
    </div>
  );
}
