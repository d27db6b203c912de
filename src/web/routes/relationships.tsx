// i18n: not yet translated
import { Link, useLoaderData, useRouteLoaderData } from 'react-router';
import type { CurrentUser } from '../../shared/accounts';
import { relationshipNoteAnswerSchema, relationshipNoteSchema } from '../../shared/relationships';
import { apiPut } from '../api';
import { Breadcrumb } from '../components/breadcrumb';
import { useDocumentTitle } from '../components/document-title';
import { EmptyState } from '../components/empty-state';
import { getWorkspace, roundPath, stakeholdersPath, workspacePath } from '../cycles/cycle-data';
import { getRelationships, type RelationshipsMap, stakeholderNoteApiPath } from '../follow-up/follow-up-data';
import { formatDate } from '../format';
import { errorsFromFailure, type FormResult, failed, readForm, validate } from '../forms';
import { MapLegend, RelationshipMap } from '../relationships/relationship-map';
import type { WorkspaceDetails } from '../workspace/workspace-data';

type RelationshipsData = { workspace: WorkspaceDetails; map: RelationshipsMap };

export async function relationshipsLoader({
  request,
  params,
}: {
  request: Request;
  params: { workspaceId?: string };
}) {
  const workspaceId = params.workspaceId ?? '';
  const [workspace, map] = await Promise.all([
    getWorkspace(request, workspaceId),
    getRelationships(request, workspaceId),
  ]);
  return { workspace, map } satisfies RelationshipsData;
}

export async function relationshipsAction({ request }: { request: Request }): Promise<FormResult> {
  const { stakeholderId = '', ...values } = await readForm(request);
  const checked = validate(relationshipNoteSchema, values, ['note']);
  if ('errors' in checked) return failed(checked.errors);
  try {
    const { note } = await apiPut(
      stakeholderNoteApiPath(stakeholderId),
      checked.data,
      relationshipNoteAnswerSchema,
      {
        request,
      },
    );
    return { ok: true, message: note ? 'Your note is saved.' : 'Your note is removed.' };
  } catch (error) {
    return failed(errorsFromFailure(error, ['note']));
  }
}

export function RelationshipsPage() {
  const { workspace, map } = useLoaderData() as RelationshipsData;
  const app = useRouteLoaderData('app') as { user: CurrentUser } | undefined;
  useDocumentTitle('Your relationships');
  return (
    <div className="page">
      <Breadcrumb
        trail={[{ to: workspacePath(workspace.id), label: workspace.name }, { label: 'Relationships' }]}
      />
      <div className="page-heading">
        <p className="eyebrow">The system you lead in</p>
        <h1>Your relationships</h1>
        <p className="lead">
          You at the center, the people you work with around you. Think about your own part in each working
          relationship: what do you do that makes it work, or not?
        </p>
      </div>
      {map.groups.length === 0 ? (
        <EmptyState title="No stakeholders yet">
          <p>
            <Link to={stakeholdersPath(workspace.id)}>Add the people you work with</Link> to see them here.
          </p>
        </EmptyState>
      ) : (
        <section className="card section" aria-labelledby="map-heading">
          <h2 id="map-heading">Who sees what change</h2>
          <p className="muted">
            {map.source ? (
              <>
                Colors come from your{' '}
                <Link to={roundPath(map.source.roundId)}>
                  {map.source.kind === 'mini_survey' ? 'latest mini-survey' : 'listening round'}
                </Link>
                , closed {formatDate(map.source.closedAt)}: each group's combined figure, shown only where
                enough people answered. Nobody's own answer is ever shown.
              </>
            ) : (
              'Colors appear once a round has closed with enough answers. Until then every group is gray.'
            )}
          </p>
          <MapLegend source={map.source} />
          <RelationshipMap map={map} leaderName={app?.user.name ?? 'You'} />
        </section>
      )}
    </div>
  );
}
