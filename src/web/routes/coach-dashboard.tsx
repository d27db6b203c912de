import { Link, useLoaderData } from 'react-router';
import type { CoacheeSummary } from '../../shared/coaching';
import { AttentionList } from '../coaching/attention';
import { coacheePath, loadCoachDashboard } from '../coaching/coaching-data';
import { useCoachingText } from '../coaching/coaching-text';
import { useDocumentTitle } from '../components/document-title';
import { EmptyState } from '../components/empty-state';
import { StageBadge } from '../cycles/stage-indicator';

export async function coachDashboardLoader({ request }: { request: Request }) {
  return loadCoachDashboard(request);
}

/** A coach's coachees, those needing attention first. */
export function CoachDashboardPage() {
  const { coachees } = useLoaderData() as { coachees: CoacheeSummary[] };
  const t = useCoachingText();
  useDocumentTitle(t('dashboard.eyebrow'));
  const sorted = [...coachees].sort(
    (a, b) => b.attention.length - a.attention.length || a.leaderName.localeCompare(b.leaderName),
  );
  return (
    <div className="page">
      <div className="page-heading">
        <p className="eyebrow">{t('dashboard.eyebrow')}</p>
        <h1>{t('dashboard.heading')}</h1>
        <p className="lead">{t('dashboard.lead')}</p>
      </div>
      {sorted.length === 0 ? (
        <section className="card section">
          <EmptyState title={t('dashboard.emptyTitle')}>
            <p>{t('dashboard.emptyText')}</p>
          </EmptyState>
        </section>
      ) : (
        <ul className="coachee-list" aria-label={t('dashboard.list')}>
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
                    {coachee.attention.length === 0
                      ? t('dashboard.calm')
                      : t('dashboard.toLookAt', { count: coachee.attention.length })}
                  </span>
                </div>
                <p className="muted">{coachee.workspaceName}</p>
                {coachee.cycles.length === 0 ? (
                  <p className="muted">{t('dashboard.noCycle')}</p>
                ) : (
                  <ul
                    className="coachee-cycles"
                    aria-label={t('dashboard.cycles', { name: coachee.leaderName })}
                  >
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
                  label={t('dashboard.attentionFor', { name: coachee.leaderName })}
                />
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
