import { Link, useLoaderData } from 'react-router';
import { AttentionList } from '../coaching/attention';
import { CoacheeCycleSection } from '../coaching/coachee-cycle';
import { coacheeAction } from '../coaching/coaching-actions';
import { type CoacheePageData, coachDashboardPath, loadCoachee } from '../coaching/coaching-data';
import { useCoachingText } from '../coaching/coaching-text';
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

const kindKeys = {
  reflection: 'coachee.kind.reflection',
  relationship_note: 'kind.relationship_note',
  checkin_note: 'kind.checkin_note',
} as const;

/** Exactly what the coachee's consent lets the coach see, and the comments between them. */
export function CoacheePage() {
  const { coachee, comments, flash } = useLoaderData() as CoacheePageData & { flash: string | null };
  const t = useCoachingText();
  useDocumentTitle(coachee.leaderName);
  const goalOf = (cycleId: string) =>
    coachee.cycles.length > 1 ? (coachee.cycles.find((cycle) => cycle.id === cycleId)?.goal ?? null) : null;
  return (
    <div className="page">
      <nav aria-label={t('coachee.breadcrumb')} className="breadcrumb">
        <Link to={coachDashboardPath} className="link-target">
          {t('dashboard.eyebrow')}
        </Link>
        <span aria-hidden="true">/</span>
        <span aria-current="page">{coachee.leaderName}</span>
      </nav>
      <div className="page-heading">
        <p className="eyebrow">{t('coachee.eyebrow', { workspace: coachee.workspaceName })}</p>
        <h1>{coachee.leaderName}</h1>
        <p className="lead">{t('coachee.lead', { name: coachee.leaderName })}</p>
      </div>
      {flash ? <Alert tone="success">{flash}</Alert> : null}
      <section className="card section" aria-labelledby="attention-heading">
        <h2 id="attention-heading">{t('coachee.attention')}</h2>
        <AttentionList items={coachee.attention} goalOf={goalOf} label={t('coachee.attentionList')} />
      </section>
      {coachee.cycles.length === 0 ? (
        <section className="card section">
          <p className="muted">{t('coachee.noCycle', { name: coachee.leaderName })}</p>
        </section>
      ) : (
        coachee.cycles.map((cycle) => <CoacheeCycleSection key={cycle.id} cycle={cycle} />)
      )}
      <section className="card section" aria-labelledby="shared-heading">
        <h2 id="shared-heading">{t('coachee.shared')}</h2>
        {coachee.shared.length === 0 ? (
          <p className="muted">{t('coachee.noShared', { name: coachee.leaderName })}</p>
        ) : (
          <ul className="shared-list" aria-label={t('coachee.sharedList')}>
            {coachee.shared.map((item) => (
              <li key={item.id} className="shared-item">
                <p className="share-label">
                  {t('share.label', { kind: t(kindKeys[item.kind]), label: item.label })}
                </p>
                <p>{item.text || t('share.noText')}</p>
              </li>
            ))}
          </ul>
        )}
      </section>
      <CommentThread
        coachingId={coachee.coachingId}
        comments={comments}
        viewer={'coach'}
        otherName={coachee.leaderName}
        open
        headingLevel="h2"
        frame={'card'}
      />
    </div>
  );
}
