// i18n: not yet translated
import { Link } from 'react-router';
import type { RoundKind, RoundSummary } from '../../shared/cycles';
import { formatDate } from '../format';
import { roundPath } from './cycle-data';
import { formatDay } from './day';

export const roundKindLabels: Record<RoundKind, string> = {
  listening: 'Listening round',
  pulse: 'Pulse check-in',
  mini_survey: 'Mini-survey',
};

/** Every round of the cycle, newest first, with what may be said about it: counts, never names. */
export function RoundList({ rounds }: { rounds: RoundSummary[] }) {
  const newestFirst = [...rounds].sort((a, b) => b.openedAt.localeCompare(a.openedAt));
  return (
    <ul className="round-list" aria-label="Rounds">
      {newestFirst.map((round) => (
        <li key={round.id} className="round-item">
          <div className="round-item-main">
            <Link to={roundPath(round.id)} className="round-item-title link-target">
              {roundKindLabels[round.kind]}
              <span className="visually-hidden">, opened {formatDate(round.openedAt)}</span>
            </Link>
            <span className={round.status === 'open' ? 'status status-queued' : 'status status-sent'}>
              {round.status === 'open' ? 'Open' : 'Closed'}
            </span>
          </div>
          <p className="round-item-meta">
            Opened {formatDate(round.openedAt)}
            {round.status === 'open' ? ` · closes ${formatDay(round.closesOn)}` : ''} · {round.responseCount}{' '}
            of {round.invitedCount} answered
          </p>
        </li>
      ))}
    </ul>
  );
}
