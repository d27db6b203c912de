import { Link } from 'react-router';
import { useWorkspaceText } from './workspace-text';

/** A leader's way to the people they ask for input, from the workspace page. */
export function StakeholdersCard({ workspaceId }: { workspaceId: string }) {
  const t = useWorkspaceText();
  return (
    <section className="card section" aria-labelledby="stakeholders-card-heading">
      <h2 id="stakeholders-card-heading">{t('stakeholders.heading')}</h2>
      <p>{t('stakeholders.text')}</p>
      <Link
        className="button button-secondary"
        to={`/workspaces/${encodeURIComponent(workspaceId)}/stakeholders`}
      >
        {t('stakeholders.link')}
      </Link>
    </section>
  );
}
