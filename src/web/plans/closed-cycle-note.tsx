// i18n: not yet translated
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { CycleDetail } from '../../shared/cycles';
import { newCyclePath } from '../cycles/cycle-data';
import { formatDate } from '../format';

type NoteProps = { cycle: CycleDetail; children?: ReactNode };

/**
 * Said at the top of a closed cycle's plan and practice pages: what is here is history, and the way
 * on is a new cycle, not this one.
 */
export function ClosedCycleNote({ cycle, children }: NoteProps) {
  return (
    <section className="card section next-step" aria-labelledby="closed-note-heading">
      <h2 id="closed-note-heading">This cycle is closed</h2>
      <p>
        {cycle.closedAt ? `You closed it on ${formatDate(cycle.closedAt)}. ` : ''}
        What you planned and practiced stays here as history; it no longer changes.
      </p>
      {children}
      <div className="button-row">
        <Link className="button button-primary" to={newCyclePath(cycle.workspaceId)}>
          Start a new cycle
        </Link>
      </div>
    </section>
  );
}
