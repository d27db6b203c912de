// i18n: not yet translated
import { Link } from 'react-router';
import { cyclesPath, newCyclePath } from './cycle-data';

/** The workspace page's way in to a leader's own growth cycles. */
export function GrowthCyclesCard({ workspaceId }: { workspaceId: string }) {
  return (
    <section className="card section" aria-labelledby="growth-heading">
      <h2 id="growth-heading">Your growth</h2>
      <p>
        Build one leadership capability at a time: reframe what bothers you, ask the people around you for
        suggestions, and practice what you commit to.
      </p>
      <div className="button-row">
        <Link className="button button-primary" to={cyclesPath(workspaceId)}>
          Your growth cycles
        </Link>
        <Link className="button button-secondary" to={newCyclePath(workspaceId)}>
          Start a growth cycle
        </Link>
      </div>
    </section>
  );
}
