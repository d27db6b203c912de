import { Link } from 'react-router';
import { useWorkspaceText } from './workspace-text';

/** An admin's way to the competency framework, from the workspace page. */
export function FrameworkCard({ workspaceId }: { workspaceId: string }) {
  const t = useWorkspaceText();
  return (
    <section className="card section" aria-labelledby="framework-card-heading">
      <h2 id="framework-card-heading">{t('framework.heading')}</h2>
      <p>{t('framework.text')}</p>
      <Link
        className="button button-secondary"
        to={`/workspaces/${encodeURIComponent(workspaceId)}/framework`}
      >
        {t('framework.link')}
      </Link>
    </section>
  );
}

/** An admin's way to the audit log, from an organization's page. */
export function AuditLogCard({ workspaceId }: { workspaceId: string }) {
  const t = useWorkspaceText();
  return (
    <section className="card section" aria-labelledby="audit-card-heading">
      <h2 id="audit-card-heading">{t('audit.heading')}</h2>
      <p>{t('audit.text')}</p>
      <Link className="button button-secondary" to={`/workspaces/${encodeURIComponent(workspaceId)}/audit`}>
        {t('audit.link')}
      </Link>
    </section>
  );
}
