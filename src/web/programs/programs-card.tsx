// i18n: not yet translated
import { Link } from 'react-router';
import { programsPath } from './program-data';

/** An admin's way to the organization's programs, from the workspace page. */
export function ProgramsCard({ workspaceId }: { workspaceId: string }) {
  return (
    <section className="card section" aria-labelledby="programs-card-heading">
      <h2 id="programs-card-heading">Programs</h2>
      <p>
        Run a cohort of leaders: enroll them, assign a coach, set the rhythm of check-ins, and see figures
        about the cohort that never show one leader's results.
      </p>
      <Link className="button button-secondary" to={programsPath(workspaceId)}>
        Programs
      </Link>
    </section>
  );
}
