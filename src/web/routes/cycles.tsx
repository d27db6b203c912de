import { Link, useLoaderData } from 'react-router';
import type { CycleSummary } from '../../shared/cycles';
import { Alert } from '../components/alert';
import { Breadcrumb } from '../components/breadcrumb';
import { useDocumentTitle } from '../components/document-title';
import { EmptyState } from '../components/empty-state';
import {
  cyclePath,
  getCycles,
  getWorkspace,
  isLeader,
  newCyclePath,
  stakeholdersPath,
  workspacePath,
} from '../cycles/cycle-data';
import { useCyclesText } from '../cycles/cycles-text';
import { StageBadge } from '../cycles/stage-indicator';
import { takeFlash } from '../flash';
import { formatDate } from '../format';
import { listMyPrograms, type MyProgram } from '../programs/my-programs';
import { ProgramsToStart } from '../programs/programs-to-start';
import type { WorkspaceDetails } from '../workspace/workspace-data';

type CyclesData = {
  workspace: WorkspaceDetails;
  cycles: CycleSummary[] | null;
  programs: MyProgram[];
  flash: string | null;
};

export async function cyclesLoader({
  request,
  params,
}: {
  request: Request;
  params: { workspaceId?: string };
}) {
  const workspace = await getWorkspace(request, params.workspaceId ?? '');
  const leader = isLeader(workspace);
  const [cycles, programs] = await Promise.all([
    leader ? getCycles(request, workspace.id) : null,
    leader ? listMyPrograms(request, workspace.id) : [],
  ]);
  return { workspace, cycles, programs, flash: takeFlash() } satisfies CyclesData;
}

export function CyclesPage() {
  const { workspace, cycles, programs, flash } = useLoaderData() as CyclesData;
  const t = useCyclesText();
  useDocumentTitle(t('cycles.title'));
  return (
    <div className="page">
      <Breadcrumb
        trail={[
          { to: workspacePath(workspace.id), label: workspace.name },
          { label: t('cycles.breadcrumb') },
        ]}
      />
      <div className="page-heading page-heading-with-action">
        <div>
          <h1>{t('cycles.title')}</h1>
          <p className="lead">{t('cycles.lead')}</p>
        </div>
        {cycles && cycles.length > 0 ? (
          <Link className="button button-primary" to={newCyclePath(workspace.id)}>
            {t('cycles.start')}
          </Link>
        ) : null}
      </div>
      {flash ? <Alert tone="success">{flash}</Alert> : null}
      <ProgramsToStart workspaceId={workspace.id} programs={programs} />
      {cycles === null ? <NotALeader /> : <CycleList workspaceId={workspace.id} cycles={cycles} />}
    </div>
  );
}

function NotALeader() {
  const t = useCyclesText();
  return (
    <Alert tone="info" title={t('cycles.forLeaders')}>
      <p>{t('cycles.notALeader')}</p>
    </Alert>
  );
}

function CycleList({ workspaceId, cycles }: { workspaceId: string; cycles: CycleSummary[] }) {
  const t = useCyclesText();
  if (cycles.length === 0) {
    return (
      <EmptyState title={t('cycles.none')}>
        <p>{t('cycles.noneText')}</p>
        <div className="button-row button-row-center">
          <Link className="button button-primary" to={newCyclePath(workspaceId)}>
            {t('cycles.start')}
          </Link>
          <Link className="button button-secondary" to={stakeholdersPath(workspaceId)}>
            {t('cycles.listStakeholders')}
          </Link>
        </div>
      </EmptyState>
    );
  }
  const running = cycles.filter((cycle) => cycle.closedAt === null);
  const history = cycles.filter((cycle) => cycle.closedAt !== null);
  return (
    <>
      {running.length > 0 ? <CycleCards cycles={running} label={t('cycles.inProgress')} /> : null}
      {history.length > 0 ? (
        <section className="section" aria-labelledby="history-heading">
          <h2 id="history-heading">{t('cycles.history')}</h2>
          <CycleCards cycles={history} label={t('cycles.closed')} />
        </section>
      ) : null}
    </>
  );
}

function CycleCards({ cycles, label }: { cycles: CycleSummary[]; label: string }) {
  const t = useCyclesText();
  return (
    <ul className="cycle-list" aria-label={label}>
      {cycles.map((cycle) => (
        <li key={cycle.id}>
          <Link className="cycle-card" to={cyclePath(cycle.id)}>
            <span className="cycle-card-top">
              <span className="cycle-card-name">{cycle.competencyName}</span>
              <StageBadge stage={cycle.stage} />
            </span>
            <span className="cycle-card-goal">{cycle.goal}</span>
            <span className="cycle-card-meta">
              {cycle.closedAt
                ? t('cycles.startedAndClosed', {
                    started: formatDate(cycle.createdAt),
                    closed: formatDate(cycle.closedAt),
                  })
                : t('cycles.started', { started: formatDate(cycle.createdAt) })}
            </span>
            {cycle.reflectionExcerpt ? (
              <span className="cycle-card-reflection">
                {t('cycles.reflection', { excerpt: cycle.reflectionExcerpt })}
              </span>
            ) : null}
          </Link>
        </li>
      ))}
    </ul>
  );
}
