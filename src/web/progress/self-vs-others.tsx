import type { CycleProgress } from '../../shared/progress';
import { asSelfStatement } from '../cycles/baseline-fields';
import { Bar, formatMean, SelfOthersLegend } from '../rounds/rating-chart';
import { useRoundsText } from '../rounds/rounds-text';
import { useProgressText } from './progress-text';

/** The listening round's comparison, behavior by behavior: the leader's start and others' released mean. */
export function SelfVsOthers({ selfVsOthers }: { selfVsOthers: CycleProgress['selfVsOthers'] }) {
  const t = useProgressText();
  const rounds = useRoundsText();
  if (!selfVsOthers.released) {
    return <p className="muted">{t('selfVsOthers.notYet')}</p>;
  }
  return (
    <>
      <SelfOthersLegend />
      <ul className="rating-rows" aria-label={rounds('chart.label')}>
        {selfVsOthers.behaviors.map((row) => (
          <li key={row.behaviorKey} className="rating-row">
            <p className="rating-behavior">{asSelfStatement(row.behaviorText)}</p>
            <Bar
              label={rounds('chart.you')}
              tone="self"
              value={row.self ?? undefined}
              min={1}
              max={5}
              text={
                row.self === null
                  ? rounds('chart.notRated')
                  : rounds('rating.ofMax', { rating: row.self, max: 5 })
              }
            />
            <Bar
              label={rounds('chart.others')}
              tone="others"
              value={row.others?.mean}
              min={1}
              max={5}
              text={
                row.others
                  ? rounds('chart.mean', { mean: formatMean(row.others.mean), count: row.others.n })
                  : t('selfVsOthers.hidden')
              }
            />
          </li>
        ))}
      </ul>
    </>
  );
}
