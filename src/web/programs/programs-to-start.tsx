// i18n: not yet translated
import { Link } from 'react-router';
import { newCyclePath } from '../cycles/cycle-data';
import type { MyProgram } from './my-programs';

/** A leader's programs still waiting for their growth cycle: the way in after joining. */
export function ProgramsToStart({ workspaceId, programs }: { workspaceId: string; programs: MyProgram[] }) {
  const waiting = programs.filter((program) => program.cycleId === null);
  if (waiting.length === 0) return null;
  return (
    <section className="card section" aria-labelledby="programs-to-start-heading">
      <h2 id="programs-to-start-heading">Your programs</h2>
      <ul className="member-list" aria-label="Programs waiting for your growth cycle">
        {waiting.map((program) => (
          <li key={program.id} className="member">
            <div className="member-identity">
              <span className="member-name">{program.name}</span>
              <span className="member-email">
                {program.startsOn} to {program.endsOn}
              </span>
            </div>
            <Link
              className="button button-primary"
              to={`${newCyclePath(workspaceId)}?program=${encodeURIComponent(program.id)}`}
            >
              Start your cycle in {program.name}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
