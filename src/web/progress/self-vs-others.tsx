// i18n: not yet translated
import type { CycleProgress } from '../../shared/progress';
import { asSelfStatement } from '../cycles/baseline-fields';
import { Bar, formatMean, SelfOthersLegend } from '../rounds/rating-chart';

/** The listening round's comparison, behavior by behavior: the leader's start and others' released mean. */
export function SelfVsOthers({ selfVsOthers }: { selfVsOthers: CycleProgress['selfVsOthers'] }) {
  if (!selfVsOthers.released) {
    return (
      <p className="muted">
        This appears once a listening round has closed with enough answers to show its results.
      </p>
    );
  }
  return (
    <>
      <SelfOthersLegend />
      <ul className="rating-rows" aria-label="Your rating and others' average, per behavior">
        {selfVsOthers.behaviors.map((row) => (
          <li key={row.behaviorKey} className="rating-row">
            <p className="rating-behavior">{asSelfStatement(row.behaviorText)}</p>
            <Bar
              label="You"
              tone="self"
              value={row.self ?? undefined}
              min={1}
              max={5}
              text={row.self === null ? 'not rated' : `${row.self} of 5`}
            />
            <Bar
              label="Others"
              tone="others"
              value={row.others?.mean}
              min={1}
              max={5}
              text={
                row.others
                  ? `${formatMean(row.others.mean)} · ${row.others.n} ratings`
                  : 'hidden: too few ratings'
              }
            />
          </li>
        ))}
      </ul>
    </>
  );
}
