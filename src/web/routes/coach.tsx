import { useLoaderData } from 'react-router';
import { type CoachPageData, loadCoachPage } from '../coaching/coaching-data';
import { useCoachingText } from '../coaching/coaching-text';
import { InviteCoachForm } from '../coaching/invite-coach-form';
import { LeadersCoaches } from '../coaching/leaders-coaches';
import { ProgramCoachOffers } from '../coaching/program-coach-offers';
import { Breadcrumb } from '../components/breadcrumb';
import { useDocumentTitle } from '../components/document-title';
import { EmptyState } from '../components/empty-state';

export { coachPageAction as coachAction } from '../coaching/coaching-actions';

export async function coachLoader({
  request,
  params,
}: {
  request: Request;
  params: { workspaceId?: string };
}) {
  return loadCoachPage(request, params.workspaceId ?? '');
}

/** A leader's coaches in one workspace: who has access, the comments, what is shared, and ending it. */
export function CoachPage() {
  const { workspace, coachings, offers } = useLoaderData() as CoachPageData;
  const t = useCoachingText();
  useDocumentTitle(t('yourCoach'));
  const workspacePath = `/workspaces/${encodeURIComponent(workspace.id)}`;
  return (
    <div className="page">
      <Breadcrumb trail={[{ to: workspacePath, label: workspace.name }, { label: t('yourCoach') }]} />
      <div className="page-heading">
        <p className="eyebrow">{workspace.name}</p>
        <h1>{t('yourCoach')}</h1>
        <p className="lead">{t('coach.lead')}</p>
      </div>
      <ProgramCoachOffers offers={offers} />
      {coachings.length === 0 && offers.length === 0 ? (
        <section className="card section">
          <EmptyState title={t('coach.emptyTitle')}>
            <p>{t('coach.emptyText')}</p>
          </EmptyState>
        </section>
      ) : (
        <LeadersCoaches coachings={coachings} />
      )}
      <InviteCoachForm />
    </div>
  );
}
