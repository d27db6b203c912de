// i18n: not yet translated
import { useLoaderData } from 'react-router';
import { type CoachPageData, loadCoachPage } from '../coaching/coaching-data';
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
  useDocumentTitle('Your coach');
  const workspacePath = `/workspaces/${encodeURIComponent(workspace.id)}`;
  return (
    <div className="page">
      <Breadcrumb trail={[{ to: workspacePath, label: workspace.name }, { label: 'Your coach' }]} />
      <div className="page-heading">
        <p className="eyebrow">{workspace.name}</p>
        <h1>Your coach</h1>
        <p className="lead">
          A coach you choose follows your growth cycle with you. They see only what is listed below, and only
          while you let them.
        </p>
      </div>
      <ProgramCoachOffers offers={offers} />
      {coachings.length === 0 && offers.length === 0 ? (
        <section className="card section">
          <EmptyState title="No coach yet">
            <p>Invite someone you trust below.</p>
          </EmptyState>
        </section>
      ) : (
        <LeadersCoaches coachings={coachings} />
      )}
      <InviteCoachForm />
    </div>
  );
}
