// i18n: not yet translated
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

/** An admin's way to the audit log, from an organization's page. */
export function AuditLogCard({ workspaceId }: { workspaceId: string }) {
  return (
    <section className="card section" aria-labelledby="audit-card-heading">
      <h2 id="audit-card-heading">Audit log</h2>
      <p>
        Who changed members, roles, settings and the framework, and who exported what. Filter it and download
        it.
      </p>
      <Link className="button button-secondary" to={`/workspaces/${encodeURIComponent(workspaceId)}/audit`}>
        Open the audit log
      </Link>
    </section>
  );
}
