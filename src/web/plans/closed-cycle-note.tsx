import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { CycleDetail } from '../../shared/cycles';
import { newCyclePath } from '../cycles/cycle-data';
import { formatDate } from '../format';
import { usePlansText } from './plans-text';

type NoteProps = { cycle: CycleDetail; children?: ReactNode };

/**
 * Said at the top of a closed cycle's plan and practice pages: what is here is history, and the way
 * on is a new cycle, not this one.
 */
export function ClosedCycleNote({ cycle, children }: NoteProps) {
  const t = usePlansText();
  return (
    <section className="card section next-step" aria-labelledby="closed-note-heading">
      <h2 id="closed-note-heading">{t('closed.heading')}</h2>
      <p>
        {cycle.closedAt ? `${t('closed.closedOn', { date: formatDate(cycle.closedAt) })} ` : ''}
        {t('closed.history')}
      </p>
      {children}
      <div className="button-row">
        <Link className="button button-primary" to={newCyclePath(cycle.workspaceId)}>
          {t('closed.newCycle')}
        </Link>
      </div>
    </section>
  );
}
