// i18n: not yet translated
import { Link } from 'react-router';

/** A leader's way to the people they ask for input, from the workspace page. */
export function StakeholdersCard({ workspaceId }: { workspaceId: string }) {
  return (
    <section className="card section" aria-labelledby="stakeholders-card-heading">
      <h2 id="stakeholders-card-heading">Stakeholders</h2>
      <p>
        The five to eight people you ask for input: direct reports, peers and your manager. They answer
        anonymously through a personal link.
      </p>
      <Link
        className="button button-secondary"
        to={`/workspaces/${encodeURIComponent(workspaceId)}/stakeholders`}
      >
        Manage your stakeholders
      </Link>
    </section>
  );
}
