import type { CycleProgress } from '../../shared/progress';
import { asSelfStatement } from '../cycles/baseline-fields';
import { formatMean } from '../rounds/rating-chart';

const widthOf = (value: number) => `${(value / 5) * 100}%`;

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
      <div className="chart-legend">
        <span className="legend-item">
          <span className="legend-swatch bar-self" /> You, at the start
        </span>
        <span className="legend-item">
          <span className="legend-swatch bar-others" /> Others: average of the people you asked
        </span>
      </div>
      <ul className="rating-rows" aria-label="Your rating and others' average, per behavior">
        {selfVsOthers.behaviors.map((row) => (
          <li key={row.behaviorKey} className="rating-row">
            <p className="rating-behavior">{asSelfStatement(row.behaviorText)}</p>
            <div className="bar-row">
              <span className="bar-label">You</span>
              <span className="bar-track" aria-hidden="true">
                {row.self === null ? null : (
                  <span className="bar-fill bar-self" style={{ width: widthOf(row.self) }} />
                )}
              </span>
              <span className={row.self === null ? 'bar-value bar-value-missing' : 'bar-value'}>
                {row.self === null ? 'not rated' : `${row.self} of 5`}
              </span>
            </div>
            <div className="bar-row">
              <span className="bar-label">Others</span>
              <span className="bar-track" aria-hidden="true">
                {row.others ? (
                  <span className="bar-fill bar-others" style={{ width: widthOf(row.others.mean) }} />
                ) : null}
              </span>
              <span className={row.others ? 'bar-value' : 'bar-value bar-value-missing'}>
                {row.others
                  ? `${formatMean(row.others.mean)} · ${row.others.n} ratings`
                  : 'hidden: too few ratings'}
              </span>
            </div>
          </li>
        ))}
      </ul>
    </>
  );
}
