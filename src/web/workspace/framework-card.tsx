import { Link } from 'react-router';

/** An admin's way to the competency framework, from the workspace page. */
export function FrameworkCard({ workspaceId }: { workspaceId: string }) {
  return (
    <section className="card section" aria-labelledby="framework-card-heading">
      <h2 id="framework-card-heading">Competency framework</h2>
      <p>
        The competencies and behaviors leaders choose from when they start a growth cycle. Export it, edit it
        and import it again to fit your organization.
      </p>
      <Link
        className="button button-secondary"
        to={`/workspaces/${encodeURIComponent(workspaceId)}/framework`}
      >
        View and edit the framework
      </Link>
    </section>
  );
}
