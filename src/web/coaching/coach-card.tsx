import { Link } from 'react-router';
import { coachPagePath } from './coaching-data';
import { useCoachingText } from './coaching-text';

/** A leader's way, from the workspace page, to the coach who follows their growth. */
export function CoachCard({ workspaceId }: { workspaceId: string }) {
  const t = useCoachingText();
  return (
    <section className="card section" aria-labelledby="coach-card-heading">
      <h2 id="coach-card-heading">{t('yourCoach')}</h2>
      <p>{t('card.text')}</p>
      <Link className="button button-secondary" to={coachPagePath(workspaceId)}>
        {t('yourCoach')}
      </Link>
    </section>
  );
}
