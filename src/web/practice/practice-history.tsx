import { commitmentSentence } from '../../shared/commitment-sentence';
import type { Commitment } from '../../shared/plans';
import { EffortHeatmap } from './effort-heatmap';
import type { CheckinRange } from './practice-data';
import { usePracticeText } from './practice-text';
import { WeeklyEffortList } from './weekly-effort';

type HistoryProps = { active: Commitment[]; range: CheckinRange; closed: boolean };

/** The scores so far: eight weeks of days per behavior, then the average week by week. */
export function PracticeHistory({ active, range, closed }: HistoryProps) {
  const t = usePracticeText();
  return (
    <>
      <section className="card section" aria-labelledby="weeks-heading">
        <h2 id="weeks-heading">{t(closed ? 'history.weeksClosed' : 'history.weeks')}</h2>
        <p className="muted">{t('history.squares')}</p>
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
        <h2 id="weekly-heading">{t('history.weekly')}</h2>
        <p className="muted">{t('history.weeklyNote')}</p>
        <WeeklyEffortList weeks={range.dailyEffortByWeek} closed={closed} />
      </section>
    </>
  );
}
