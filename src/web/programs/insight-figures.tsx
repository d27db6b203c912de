import type { CycleStage } from '../../shared/cycles';
import type { ProgramInsight } from '../../shared/programs';
import { insightGroupLabel } from './insight-group-label';
import { useProgramsText } from './programs-text';

const stageKeys = {
  reframe: 'figures.stage.reframe',
  listen: 'figures.stage.listen',
  commit: 'figures.stage.commit',
  tell: 'figures.stage.tell',
  practice: 'figures.stage.practice',
  review: 'figures.stage.review',
  done: 'figures.stage.done',
} as const satisfies Record<CycleStage, string>;

export function NotEnoughData({ k }: { k: number }) {
  const t = useProgramsText();
  return <p className="not-enough">{t('figures.notEnough', { k })}</p>;
}

/** How far the leaders have come: how many reached each stage of their growth cycle. */
export function StageFunnel({ insight }: { insight: ProgramInsight }) {
  const t = useProgramsText();
  const { funnel } = insight;
  return (
    <section className="card section" aria-labelledby="funnel-heading">
      <h2 id="funnel-heading">{t('figures.funnel')}</h2>
      {funnel.shown ? (
        <table className="data-table">
          <caption className="visually-hidden">
            {t('figures.funnelCaption', { leaders: funnel.leaders })}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('figures.stage')}</th>
              <th scope="col">{t('figures.reached', { leaders: funnel.leaders })}</th>
              <th scope="col">
                <span className="visually-hidden">{t('figures.share')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {funnel.stages.map((stage) => (
              <tr key={stage.stage}>
                <th scope="row">{t(stageKeys[stage.stage])}</th>
                <td>{stage.reached}</td>
                <td>
                  <svg width="160" height="12" viewBox="0 0 160 12" aria-hidden="true">
                    <rect
                      className="funnel-bar"
                      width={(160 * stage.reached) / funnel.leaders}
                      height="12"
                      rx="3"
                    />
                  </svg>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <NotEnoughData k={insight.k} />
      )}
    </section>
  );
}

/** Perceived change by competency group, binned: each group's leaders with a released mini-survey. */
export function ChangeByGroup({ insight }: { insight: ProgramInsight }) {
  const t = useProgramsText();
  return (
    <section className="card section" aria-labelledby="change-heading">
      <h2 id="change-heading">{t('figures.change')}</h2>
      <p className="muted">{t('figures.changeText')}</p>
      {insight.changeByGroup.length === 0 ? <NotEnoughData k={insight.k} /> : null}
      {insight.changeByGroup.map(({ figure, ...group }) => (
        <div key={group.key} className="subsection">
          <h3>{insightGroupLabel(group)}</h3>
          {figure.shown ? (
            <table className="data-table">
              <caption className="visually-hidden">
                {t('figures.changeCaption', { label: insightGroupLabel(group) })}
              </caption>
              <tbody>
                <tr>
                  <th scope="row">{t('figures.meanChange')}</th>
                  <td>{figure.mean > 0 ? `+${figure.mean}` : figure.mean}</td>
                </tr>
                {figure.bins.map((bin) => (
                  <tr key={bin.key}>
                    <th scope="row">{bin.label}</th>
                    <td>{t('figures.binCount', { count: bin.count, leaders: figure.leaders })}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : (
            <NotEnoughData k={insight.k} />
          )}
        </div>
      ))}
    </section>
  );
}
