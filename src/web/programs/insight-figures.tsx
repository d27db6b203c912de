// i18n: not yet translated
import type { ProgramInsight } from '../../shared/programs';

const stageLabels: Record<string, string> = {
  reframe: 'Set a goal',
  listen: 'Listened',
  commit: 'Committed',
  tell: 'Told the team',
  practice: 'Practising',
  review: 'Reviewing',
  done: 'Done',
};

export function NotEnoughData({ k }: { k: number }) {
  return <p className="not-enough">Not enough data: this figure would rest on fewer than {k} leaders.</p>;
}

/** How far the leaders have come: how many reached each stage of their growth cycle. */
export function StageFunnel({ insight }: { insight: ProgramInsight }) {
  const { funnel } = insight;
  return (
    <section className="card section" aria-labelledby="funnel-heading">
      <h2 id="funnel-heading">Stage funnel</h2>
      {funnel.shown ? (
        <table className="data-table">
          <caption className="visually-hidden">Leaders who reached each stage, of {funnel.leaders}</caption>
          <thead>
            <tr>
              <th scope="col">Stage</th>
              <th scope="col">Leaders who reached it (of {funnel.leaders})</th>
              <th scope="col">
                <span className="visually-hidden">Share</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {funnel.stages.map((stage) => (
              <tr key={stage.stage}>
                <th scope="row">{stageLabels[stage.stage]}</th>
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
  return (
    <section className="card section" aria-labelledby="change-heading">
      <h2 id="change-heading">Perceived change by competency</h2>
      <p className="muted">
        Each leader counts with the mean change their stakeholders reported in their latest mini-survey.
      </p>
      {insight.changeByGroup.length === 0 ? <NotEnoughData k={insight.k} /> : null}
      {insight.changeByGroup.map(({ key, label, figure }) => (
        <div key={key} className="subsection">
          <h3>{label}</h3>
          {figure.shown ? (
            <table className="data-table">
              <caption className="visually-hidden">Perceived change in {label}</caption>
              <tbody>
                <tr>
                  <th scope="row">Mean change (−3 to +3)</th>
                  <td>{figure.mean > 0 ? `+${figure.mean}` : figure.mean}</td>
                </tr>
                {figure.bins.map((bin) => (
                  <tr key={bin.key}>
                    <th scope="row">{bin.label}</th>
                    <td>
                      {bin.count} of {figure.leaders}
                    </td>
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
