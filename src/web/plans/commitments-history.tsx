import type { Commitment } from '../../shared/plans';
import { EmptyState } from '../components/empty-state';
import { CommitmentSummary, RetiredCommitments } from './commitment-summary';
import { usePlansText } from './plans-text';

/** A closed cycle's behaviors as history: read, never edited or retired. */
export function CommitmentsHistory({ commitments }: { commitments: Commitment[] }) {
  const t = usePlansText();
  const active = commitments.filter((commitment) => commitment.status === 'active');
  const retired = commitments.filter((commitment) => commitment.status === 'retired');
  return (
    <section className="card section" aria-labelledby="commitments-heading">
      <h2 id="commitments-heading">{t('history.heading')}</h2>
      {active.length === 0 ? (
        <EmptyState title={t('history.none')}>
          <p>{t(retired.length > 0 ? 'history.allRetired' : 'history.closedWithout')}</p>
        </EmptyState>
      ) : (
        <ul className="commitment-list" aria-label={t('history.label')}>
          {active.map((commitment) => (
            <li key={commitment.id} className="commitment">
              <CommitmentSummary commitment={commitment} />
            </li>
          ))}
        </ul>
      )}
      <RetiredCommitments retired={retired} />
    </section>
  );
}
