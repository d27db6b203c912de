// i18n: not yet translated
import { Link, useLoaderData } from 'react-router';
import type { CycleDetail } from '../../shared/cycles';
import { Breadcrumb } from '../components/breadcrumb';
import { useDocumentTitle } from '../components/document-title';
import { EmptyState } from '../components/empty-state';
import { cyclePath, cyclesPath, getCycle, getWorkspace, workspacePath } from '../cycles/cycle-data';
import {
  type CycleProgress,
  formatChange,
  formatShare,
  getProgress,
  progressCsvPath,
  realProgressLabel,
  reportPath,
} from '../follow-up/follow-up-data';
import { ProgressChart } from '../progress/progress-chart';
import { ChangeTable, EffortTable } from '../progress/progress-tables';
import { SelfVsOthers } from '../progress/self-vs-others';
import type { WorkspaceDetails } from '../workspace/workspace-data';

export type ProgressData = { progress: CycleProgress; cycle: CycleDetail; workspace: WorkspaceDetails };

export async function progressLoader({
  request,
  params,
}: {
  request: Request;
  params: { cycleId?: string };
}) {
  const cycleId = params.cycleId ?? '';
  const [progress, cycle] = await Promise.all([getProgress(request, cycleId), getCycle(request, cycleId)]);
  const workspace = await getWorkspace(request, cycle.workspaceId);
  return { progress, cycle, workspace } satisfies ProgressData;
}

/** The k each round locked when it opened, for saying why a figure of that round is hidden. */
export const kOfRounds = (cycle: CycleDetail) => (roundId: string) =>
  cycle.rounds.find((round) => round.id === roundId)?.anonymityK ?? 3;

export function ProgressPage() {
  const { progress, cycle, workspace } = useLoaderData() as ProgressData;
  useDocumentTitle('Your progress');
  const latest = progress.miniSurveys.filter((survey) => survey.overall).at(-1)?.overall ?? null;
  const hasEffort = progress.effort.weeks.some((week) => week.average !== null);

  return (
    <div className="page">
      <Breadcrumb
        trail={[
          { to: workspacePath(workspace.id), label: workspace.name },
          { to: cyclesPath(workspace.id), label: 'Growth cycles' },
          { to: cyclePath(cycle.id), label: progress.competency.name },
        ]}
      />
      <div className="page-heading page-heading-with-action">
        <div>
          <p className="eyebrow">{progress.competency.name}</p>
          <h1>Your progress</h1>
          <p className="lead">{progress.cycle.goal}</p>
        </div>
        <div className="button-row">
          <a className="button button-secondary" href={progressCsvPath(cycle.id)} download>
            Download CSV
          </a>
          <Link className="button button-secondary" to={reportPath(cycle.id)}>
            Printable report
          </Link>
        </div>
      </div>

      <section className="card section" aria-labelledby="trend-heading">
        <h2 id="trend-heading">Perceived change and your effort</h2>
        {latest ? (
          <p className="progress-headline">
            Latest mini-survey: <strong>{formatChange(latest.mean)}</strong> on average,{' '}
            <strong>{formatShare(latest.shareImproved)}</strong> at +1 or better.{' '}
            {latest.realProgress ? (
              <span className="progress-mark">{realProgressLabel()}</span>
            ) : (
              <span className="muted">A mean above +1 is the mark of real progress.</span>
            )}
          </p>
        ) : null}
        {progress.miniSurveys.length === 0 && !hasEffort ? (
          <EmptyState title="Nothing to chart yet">
            <p>
              Your chart fills in as you answer your daily questions and as stakeholders answer mini-surveys.
              Open a mini-survey from your <Link to={cyclePath(cycle.id)}>growth cycle</Link> when it is due.
            </p>
          </EmptyState>
        ) : (
          <>
            <ProgressChart progress={progress} />
            <details className="disclosure">
              <summary className="disclosure-summary">Show as a table</summary>
              <h3 className="table-heading">Mini-surveys</h3>
              {progress.miniSurveys.length === 0 ? (
                <p className="muted">No mini-survey has closed yet.</p>
              ) : (
                <ChangeTable progress={progress} kOf={kOfRounds(cycle)} />
              )}
              <h3 className="table-heading">Daily effort per week</h3>
              {hasEffort ? (
                <EffortTable progress={progress} />
              ) : (
                <p className="muted">No daily questions answered yet.</p>
              )}
            </details>
          </>
        )}
      </section>

      <section className="card section" aria-labelledby="self-heading">
        <h2 id="self-heading">How you saw yourself, and how others saw you</h2>
        <SelfVsOthers selfVsOthers={progress.selfVsOthers} />
      </section>
    </div>
  );
}
