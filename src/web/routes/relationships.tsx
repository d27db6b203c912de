import { Link, useLoaderData, useRouteLoaderData } from 'react-router';
import type { CurrentUser } from '../../shared/accounts';
import { relationshipNoteAnswerSchema, relationshipNoteSchema } from '../../shared/relationships';
import { apiPut } from '../api';
import { Breadcrumb } from '../components/breadcrumb';
import { useDocumentTitle } from '../components/document-title';
import { EmptyState } from '../components/empty-state';
import { getWorkspace, roundPath, stakeholdersPath, workspacePath } from '../cycles/cycle-data';
import { getRelationships, type RelationshipsMap, stakeholderNoteApiPath } from '../follow-up/follow-up-data';
import { followUpText, useFollowUpText } from '../follow-up/follow-up-text';
import { formatDate } from '../format';
import { errorsFromFailure, type FormResult, failed, readForm, validate } from '../forms';
import { richText } from '../i18n/rich-text';
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
    return { ok: true, message: note ? followUpText('note.saved') : followUpText('note.removed') };
  } catch (error) {
    return failed(errorsFromFailure(error, ['note']));
  }
}

export function RelationshipsPage() {
  const { workspace, map } = useLoaderData() as RelationshipsData;
  const app = useRouteLoaderData('app') as { user: CurrentUser } | undefined;
  const t = useFollowUpText();
  useDocumentTitle(t('relationships.title'));
  return (
    <div className="page">
      <Breadcrumb
        trail={[
          { to: workspacePath(workspace.id), label: workspace.name },
          { label: t('relationshipsCard.heading') },
        ]}
      />
      <div className="page-heading">
        <p className="eyebrow">{t('relationships.eyebrow')}</p>
        <h1>{t('relationships.title')}</h1>
        <p className="lead">{t('relationships.lead')}</p>
      </div>
      {map.groups.length === 0 ? (
        <EmptyState title={t('relationships.none')}>
          <p>
            {richText(t('relationships.noneText'), {
              add: (chunk) => <Link to={stakeholdersPath(workspace.id)}>{chunk}</Link>,
            })}
          </p>
        </EmptyState>
      ) : (
        <section className="card section" aria-labelledby="map-heading">
          <h2 id="map-heading">{t('relationships.heading')}</h2>
          <p className="muted">
            {map.source
              ? richText(
                  t(
                    map.source.kind === 'mini_survey'
                      ? 'relationships.fromMiniSurvey'
                      : 'relationships.fromListening',
                    {
                      closed: formatDate(map.source.closedAt),
                    },
                  ),
                  { round: (chunk) => <Link to={roundPath(map.source?.roundId ?? '')}>{chunk}</Link> },
                )
              : t('relationships.noColors')}
          </p>
          <MapLegend source={map.source} />
          <RelationshipMap map={map} leaderName={app?.user.name ?? t('relationships.you')} />
        </section>
      )}
    </div>
  );
}
