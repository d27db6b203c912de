// i18n: not yet translated
import { Link } from 'react-router';
import { coachPagePath } from './coaching-data';

/** A leader's way, from the workspace page, to the coach who follows their growth. */
export function CoachCard({ workspaceId }: { workspaceId: string }) {
  return (
    <section className="card section" aria-labelledby="coach-card-heading">
      <h2 id="coach-card-heading">Your coach</h2>
      <p>
        Invite a coach to follow your cycle with you, choose which notes they see, and end their access
        whenever you like.
      </p>
      <Link className="button button-secondary" to={coachPagePath(workspaceId)}>
        Your coach
      </Link>
    </section>
  );
}
