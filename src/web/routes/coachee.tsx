// i18n: not yet translated
import { Link, useLoaderData } from 'react-router';
import { AttentionList } from '../coaching/attention';
import { CoacheeCycleSection } from '../coaching/coachee-cycle';
import { coacheeAction } from '../coaching/coaching-actions';
import { type CoacheePageData, coachDashboardPath, loadCoachee } from '../coaching/coaching-data';
import { CommentThread } from '../coaching/comment-thread';
import { Alert } from '../components/alert';
import { useDocumentTitle } from '../components/document-title';
import { takeFlash } from '../flash';

export { coacheeAction };

export async function coacheeLoader({
  request,
  params,
}: {
  request: Request;
  params: { coachingId?: string };
}) {
  return { ...(await loadCoachee(request, params.coachingId ?? '')), flash: takeFlash() };
}

const kindLabels = {
  reflection: 'Reflection',
  relationship_note: 'Relationship note',
  checkin_note: 'Daily-question note',
} as const;

/** Exactly what the coachee's consent lets the coach see, and the comments between them. */
export function CoacheePage() {
  const { coachee, comments, flash } = useLoaderData() as CoacheePageData & { flash: string | null };
  useDocumentTitle(coachee.leaderName);
  const goalOf = (cycleId: string) =>
    coachee.cycles.length > 1 ? (coachee.cycles.find((cycle) => cycle.id === cycleId)?.goal ?? null) : null;
  return (
    <div className="page">
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link to={coachDashboardPath} className="link-target">
          Coaching
        </Link>
        <span aria-hidden="true">/</span>
        <span aria-current="page">{coachee.leaderName}</span>
      </nav>
      <div className="page-heading">
        <p className="eyebrow">Coachee · {coachee.workspaceName}</p>
        <h1>{coachee.leaderName}</h1>
        <p className="lead">
          What {coachee.leaderName} lets you see: their cycles, released figures (never anyone's own answers)
          and practice, and the notes they chose to share.
        </p>
      </div>
      {flash ? <Alert tone="success">{flash}</Alert> : null}
      <section className="card section" aria-labelledby="attention-heading">
        <h2 id="attention-heading">Needs attention</h2>
        <AttentionList items={coachee.attention} goalOf={goalOf} label="What needs attention" />
      </section>
      {coachee.cycles.length === 0 ? (
        <section className="card section">
          <p className="muted">{coachee.leaderName} has not started a growth cycle yet.</p>
        </section>
      ) : (
        coachee.cycles.map((cycle) => <CoacheeCycleSection key={cycle.id} cycle={cycle} />)
      )}
      <section className="card section" aria-labelledby="shared-heading">
        <h2 id="shared-heading">Shared with you</h2>
        {coachee.shared.length === 0 ? (
          <p className="muted">{coachee.leaderName} has shared no note with you.</p>
        ) : (
          <ul className="shared-list" aria-label="Notes shared with you">
            {coachee.shared.map((item) => (
              <li key={item.id} className="shared-item">
                <p className="share-label">
                  {kindLabels[item.kind]}: {item.label}
                </p>
                <p>{item.text || '(no text)'}</p>
              </li>
            ))}
          </ul>
        )}
      </section>
      <CommentThread
        coachingId={coachee.coachingId}
        comments={comments}
        viewer="coach"
        otherName={coachee.leaderName}
        open
        headingLevel="h2"
        frame="card"
      />
    </div>
  );
}
