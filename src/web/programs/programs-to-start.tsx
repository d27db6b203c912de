import { Link } from 'react-router';
import { newCyclePath } from '../cycles/cycle-data';
import type { MyProgram } from './my-programs';
import { programDates } from './program-data';
import { useProgramsText } from './programs-text';

/** A leader's programs still waiting for their growth cycle: the way in after joining. */
export function ProgramsToStart({ workspaceId, programs }: { workspaceId: string; programs: MyProgram[] }) {
  const t = useProgramsText();
  const waiting = programs.filter((program) => program.cycleId === null);
  if (waiting.length === 0) return null;
  return (
    <section className="card section" aria-labelledby="programs-to-start-heading">
      <h2 id="programs-to-start-heading">{t('toStart.heading')}</h2>
      <ul className="member-list" aria-label={t('toStart.list')}>
        {waiting.map((program) => (
          <li key={program.id} className="member">
            <div className="member-identity">
              <span className="member-name">{program.name}</span>
              <span className="member-email">{programDates(program)}</span>
            </div>
            <Link
              className="button button-primary"
              to={`${newCyclePath(workspaceId)}?program=${encodeURIComponent(program.id)}`}
            >
              {t('toStart.start', { name: program.name })}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
