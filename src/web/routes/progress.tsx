import { Link, useLoaderData } from 'react-router';
import type { CycleDetail } from '../../shared/cycles';
import { Breadcrumb } from '../components/breadcrumb';
import { useDocumentTitle } from '../components/document-title';
import { EmptyState } from '../components/empty-state';
import { cyclePath, cyclesPath, getCycle, getWorkspace, workspacePath } from '../cycles/cycle-data';
import { useCyclesText } from '../cycles/cycles-text';
import {
  type CycleProgress,
  formatChange,
  formatShare,
  getProgress,
  progressCsvPath,
  realProgressLabel,
  reportPath,
} from '../follow-up/follow-up-data';
import { useFollowUpText } from '../follow-up/follow-up-text';
import { competencyInUiLanguage } from '../framework/default-framework-language';
import { richText } from '../i18n/rich-text';
import { useUiLanguage } from '../i18n/ui-language';
import { ProgressChart } from '../progress/progress-chart';
import { ChangeTable, EffortTable } from '../progress/progress-tables';
import { useProgressText } from '../progress/progress-text';
import { SelfVsOthers } from '../progress/self-vs-others';
import { useRoundsText } from '../rounds/rounds-text';
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
  const competency = competencyInUiLanguage(progress.competency, useUiLanguage());
  const t = useProgressText();
  const cycles = useCyclesText();
  const followUp = useFollowUpText();
  const rounds = useRoundsText();
  useDocumentTitle(t('progress.title'));
  const latest = progress.miniSurveys.filter((survey) => survey.overall).at(-1)?.overall ?? null;
  const hasEffort = progress.effort.weeks.some((week) => week.average !== null);

  return (
    <div className="page">
      <Breadcrumb
        trail={[
          { to: workspacePath(workspace.id), label: workspace.name },
          { to: cyclesPath(workspace.id), label: cycles('cycles.breadcrumb') },
          { to: cyclePath(cycle.id), label: competency.name },
        ]}
      />
      <div className="page-heading page-heading-with-action">
        <div>
          <p className="eyebrow">{competency.name}</p>
          <h1>{t('progress.title')}</h1>
          <p className="lead">{progress.cycle.goal}</p>
        </div>
        <div className="button-row">
          <a className="button button-secondary" href={progressCsvPath(cycle.id)} download>
            {t('progress.csv')}
          </a>
          <Link className="button button-secondary" to={reportPath(cycle.id)}>
            {followUp('printableReport')}
          </Link>
        </div>
      </div>

      <section className="card section" aria-labelledby="trend-heading">
        <h2 id="trend-heading">{t('progress.trend')}</h2>
        {latest ? (
          <p className="progress-headline">
            {richText(
              t('progress.latest', {
                mean: formatChange(latest.mean),
                share: formatShare(latest.shareImproved),
              }),
              { strong: (chunk) => <strong>{chunk}</strong> },
            )}{' '}
            {latest.realProgress ? (
              <span className="progress-mark">{realProgressLabel()}</span>
            ) : (
              <span className="muted">{t('progress.markExplained')}</span>
            )}
          </p>
        ) : null}
        {progress.miniSurveys.length === 0 && !hasEffort ? (
          <EmptyState title={t('progress.nothing')}>
            <p>
              {richText(t('progress.nothingText'), {
                cycle: (chunk) => <Link to={cyclePath(cycle.id)}>{chunk}</Link>,
              })}
            </p>
          </EmptyState>
        ) : (
          <>
            <ProgressChart progress={progress} />
            <details className="disclosure">
              <summary className="disclosure-summary">{rounds('results.showTable')}</summary>
              <h3 className="table-heading">{t('progress.miniSurveys')}</h3>
              {progress.miniSurveys.length === 0 ? (
                <p className="muted">{t('progress.noMiniSurvey')}</p>
              ) : (
                <ChangeTable progress={progress} kOf={kOfRounds(cycle)} />
              )}
              <h3 className="table-heading">{t('effortPerWeek')}</h3>
              {hasEffort ? (
                <EffortTable progress={progress} />
              ) : (
                <p className="muted">{t('chart.noEffort')}</p>
              )}
            </details>
          </>
        )}
      </section>

      <section className="card section" aria-labelledby="self-heading">
        <h2 id="self-heading">{t('progress.selfVsOthers')}</h2>
        <SelfVsOthers selfVsOthers={progress.selfVsOthers} />
      </section>
    </div>
  );
}
