// i18n: not yet translated
import { commitmentSentence } from '../../shared/commitment-sentence';
import type { Commitment } from '../../shared/plans';
import { EffortHeatmap } from './effort-heatmap';
import type { CheckinRange } from './practice-data';
import { WeeklyEffortList } from './weekly-effort';

type HistoryProps = { active: Commitment[]; range: CheckinRange; closed: boolean };

/** The scores so far: eight weeks of days per behavior, then the average week by week. */
export function PracticeHistory({ active, range, closed }: HistoryProps) {
  return (
    <>
      <section className="card section" aria-labelledby="weeks-heading">
        <h2 id="weeks-heading">{closed ? 'The last eight weeks of the cycle' : 'Your last eight weeks'}</h2>
        <p className="muted">Each square is a day; the darker, the more effort you scored.</p>
        {active.map((commitment) => (
          <div key={commitment.id} className="heatmap-section">
            <h3>{commitmentSentence(commitment)}</h3>
            <EffortHeatmap
              commitment={commitment}
              checkins={range.checkins}
              from={range.from}
              to={range.to}
              today={range.today}
            />
          </div>
        ))}
      </section>

      <section className="card section" aria-labelledby="weekly-heading">
        <h2 id="weekly-heading">Weekly average effort</h2>
        <p className="muted">All your behaviors together, from 1 to 10.</p>
        <WeeklyEffortList weeks={range.dailyEffortByWeek} closed={closed} />
      </section>
    </>
  );
}
