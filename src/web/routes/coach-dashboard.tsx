// i18n: not yet translated
import { Link, useLoaderData } from 'react-router';
import type { CoacheeSummary } from '../../shared/coaching';
import { AttentionList } from '../coaching/attention';
import { coacheePath, loadCoachDashboard } from '../coaching/coaching-data';
import { useDocumentTitle } from '../components/document-title';
import { EmptyState } from '../components/empty-state';
import { StageBadge } from '../cycles/stage-indicator';

export async function coachDashboardLoader({ request }: { request: Request }) {
  return loadCoachDashboard(request);
}

/** A coach's coachees, those needing attention first. */
export function CoachDashboardPage() {
  const { coachees } = useLoaderData() as { coachees: CoacheeSummary[] };
  useDocumentTitle('Coaching');
  const sorted = [...coachees].sort(
    (a, b) => b.attention.length - a.attention.length || a.leaderName.localeCompare(b.leaderName),
  );
  return (
    <div className="page">
      <div className="page-heading">
        <p className="eyebrow">Coaching</p>
        <h1>Your coachees</h1>
        <p className="lead">
          The leaders who asked you to coach them, and what needs your attention. You see only what each of
          them lets you see, and only while they let you.
        </p>
      </div>
      {sorted.length === 0 ? (
        <section className="card section">
          <EmptyState title="Nobody to coach yet">
            <p>
              When a leader invites you, open the link they send you. Their page appears here once you accept.
            </p>
          </EmptyState>
        </section>
      ) : (
        <ul className="coachee-list" aria-label="Coachees">
          {sorted.map((coachee) => {
            const goalOf = (cycleId: string) =>
              coachee.cycles.length > 1
                ? (coachee.cycles.find((cycle) => cycle.id === cycleId)?.goal ?? null)
                : null;
            return (
              <li key={coachee.coachingId} className="card section coachee">
                <div className="section-heading">
                  <h2>
                    <Link to={coacheePath(coachee.coachingId)}>{coachee.leaderName}</Link>
                  </h2>
                  <span className="count">
                    {coachee.attention.length === 0 ? 'All calm' : `${coachee.attention.length} to look at`}
                  </span>
                </div>
                <p className="muted">{coachee.workspaceName}</p>
                {coachee.cycles.length === 0 ? (
                  <p className="muted">No growth cycle started yet.</p>
                ) : (
                  <ul className="coachee-cycles" aria-label={`${coachee.leaderName}'s growth cycles`}>
                    {coachee.cycles.map((cycle) => (
                      <li key={cycle.id}>
                        <StageBadge stage={cycle.stage} /> {cycle.goal}
                      </li>
                    ))}
                  </ul>
                )}
                <AttentionList
                  items={coachee.attention}
                  goalOf={goalOf}
                  label={`What needs attention for ${coachee.leaderName}`}
                />
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
