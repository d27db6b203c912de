import { Link } from 'react-router';
import { programsPath } from './program-data';
import { useProgramsText } from './programs-text';

/** An admin's way to the organization's programs, from the workspace page. */
export function ProgramsCard({ workspaceId }: { workspaceId: string }) {
  const t = useProgramsText();
  return (
    <section className="card section" aria-labelledby="programs-card-heading">
      <h2 id="programs-card-heading">{t('programs')}</h2>
      <p>{t('card.text')}</p>
      <Link className="button button-secondary" to={programsPath(workspaceId)}>
        {t('programs')}
      </Link>
    </section>
  );
}
