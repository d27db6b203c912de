// i18n: not yet translated
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
  useDocumentTitle('Your growth cycles');
  return (
    <div className="page">
      <Breadcrumb
        trail={[{ to: workspacePath(workspace.id), label: workspace.name }, { label: 'Growth cycles' }]}
      />
      <div className="page-heading page-heading-with-action">
        <div>
          <h1>Your growth cycles</h1>
          <p className="lead">One capability at a time: reframe, listen, commit, tell, practice, review.</p>
        </div>
        {cycles && cycles.length > 0 ? (
          <Link className="button button-primary" to={newCyclePath(workspace.id)}>
            Start a growth cycle
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
  return (
    <Alert tone="info" title="Growth cycles are for leaders">
      <p>
        In this workspace you are not a leader, so you have no growth cycles here. Your personal workspace
        always lets you run your own; in an organization, an admin can give you the leader role.
      </p>
    </Alert>
  );
}

function CycleList({ workspaceId, cycles }: { workspaceId: string; cycles: CycleSummary[] }) {
  if (cycles.length === 0) {
    return (
      <EmptyState title="No growth cycles yet">
        <p>
          Start with something that bothers you at work. Feedforward helps you turn it into one capability to
          build, and ask the people around you how you can get better at it.
        </p>
        <div className="button-row button-row-center">
          <Link className="button button-primary" to={newCyclePath(workspaceId)}>
            Start a growth cycle
          </Link>
          <Link className="button button-secondary" to={stakeholdersPath(workspaceId)}>
            List your stakeholders
          </Link>
        </div>
      </EmptyState>
    );
  }
  const running = cycles.filter((cycle) => cycle.closedAt === null);
  const history = cycles.filter((cycle) => cycle.closedAt !== null);
  return (
    <>
      {running.length > 0 ? <CycleCards cycles={running} label="Growth cycles in progress" /> : null}
      {history.length > 0 ? (
        <section className="section" aria-labelledby="history-heading">
          <h2 id="history-heading">History</h2>
          <CycleCards cycles={history} label="Closed growth cycles" />
        </section>
      ) : null}
    </>
  );
}

function CycleCards({ cycles, label }: { cycles: CycleSummary[]; label: string }) {
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
              Started {formatDate(cycle.createdAt)}
              {cycle.closedAt ? ` · closed ${formatDate(cycle.closedAt)}` : ''}
            </span>
            {cycle.reflectionExcerpt ? (
              <span className="cycle-card-reflection">Reflection: “{cycle.reflectionExcerpt}”</span>
            ) : null}
          </Link>
        </li>
      ))}
    </ul>
  );
}
