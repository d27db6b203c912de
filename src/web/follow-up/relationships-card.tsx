// i18n: not yet translated
import { Link } from 'react-router';
import { relationshipsPath } from './follow-up-data';

/** From the workspace page to the map of the leader's working relationships and their private notes. */
export function RelationshipsCard({ workspaceId }: { workspaceId: string }) {
  return (
    <section className="card section" aria-labelledby="relationships-card-heading">
      <h2 id="relationships-card-heading">Relationships</h2>
      <p>
        You at the center and your stakeholders by group, with what each group sees changing, and a private
        note on your own part in each relationship.
      </p>
      <Link className="button button-secondary" to={relationshipsPath(workspaceId)}>
        See your relationships
      </Link>
    </section>
  );
}
