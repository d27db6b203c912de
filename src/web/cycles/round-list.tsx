import { Link } from 'react-router';
import type { RoundKind, RoundSummary } from '../../shared/cycles';
import { formatDate } from '../format';
import { roundPath } from './cycle-data';
import { type CyclesTextKey, cyclesText, useCyclesText } from './cycles-text';
import { formatDay } from './day';

/** "Listening round", "Pulse check-in", "Mini-survey", in the UI language. */
export const roundKindLabel = (kind: RoundKind) => cyclesText(roundKindKeys[kind]);

const roundKindKeys = {
  listening: 'roundKind.listening',
  pulse: 'roundKind.pulse',
  mini_survey: 'roundKind.miniSurvey',
} as const satisfies Record<RoundKind, CyclesTextKey>;

/** Every round of the cycle, newest first, with what may be said about it: counts, never names. */
export function RoundList({ rounds }: { rounds: RoundSummary[] }) {
  const t = useCyclesText();
  const newestFirst = [...rounds].sort((a, b) => b.openedAt.localeCompare(a.openedAt));
  return (
    <ul className="round-list" aria-label={t('rounds.heading')}>
      {newestFirst.map((round) => (
        <li key={round.id} className="round-item">
          <div className="round-item-main">
            <Link to={roundPath(round.id)} className="round-item-title link-target">
              {roundKindLabel(round.kind)}
              <span className="visually-hidden">
                {t('roundList.openedHidden', { date: formatDate(round.openedAt) })}
              </span>
            </Link>
            <span className={round.status === 'open' ? 'status status-queued' : 'status status-sent'}>
              {round.status === 'open' ? t('roundList.open') : t('roundList.closed')}
            </span>
          </div>
          <p className="round-item-meta">
            {t(round.status === 'open' ? 'roundList.metaOpen' : 'roundList.metaClosed', {
              opened: formatDate(round.openedAt),
              closes: formatDay(round.closesOn),
              answered: round.responseCount,
              invited: round.invitedCount,
            })}
          </p>
        </li>
      ))}
    </ul>
  );
}
