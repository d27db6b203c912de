import { Link } from 'react-router';
import { relationshipsPath } from './follow-up-data';
import { useFollowUpText } from './follow-up-text';

/** From the workspace page to the map of the leader's working relationships and their private notes. */
export function RelationshipsCard({ workspaceId }: { workspaceId: string }) {
  const t = useFollowUpText();
  return (
    <section className="card section" aria-labelledby="relationships-card-heading">
      <h2 id="relationships-card-heading">{t('relationshipsCard.heading')}</h2>
      <p>{t('relationshipsCard.text')}</p>
      <Link className="button button-secondary" to={relationshipsPath(workspaceId)}>
        {t('relationshipsCard.link')}
      </Link>
    </section>
  );
}
