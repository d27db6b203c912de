import { Link } from 'react-router';
import { cyclesPath, newCyclePath } from './cycle-data';
import { useCyclesText } from './cycles-text';

/** The workspace page's way in to a leader's own growth cycles. */
export function GrowthCyclesCard({ workspaceId }: { workspaceId: string }) {
  const t = useCyclesText();
  return (
    <section className="card section" aria-labelledby="growth-heading">
      <h2 id="growth-heading">{t('growthCard.heading')}</h2>
      <p>{t('growthCard.text')}</p>
      <div className="button-row">
        <Link className="button button-primary" to={cyclesPath(workspaceId)}>
          {t('cycles.title')}
        </Link>
        <Link className="button button-secondary" to={newCyclePath(workspaceId)}>
          {t('cycles.start')}
        </Link>
      </div>
    </section>
  );
}
