// i18n: not yet translated
import type { Commitment } from '../../shared/plans';
import { EmptyState } from '../components/empty-state';
import { CommitmentSummary, RetiredCommitments } from './commitment-summary';

/** A closed cycle's behaviors as history: read, never edited or retired. */
export function CommitmentsHistory({ commitments }: { commitments: Commitment[] }) {
  const active = commitments.filter((commitment) => commitment.status === 'active');
  const retired = commitments.filter((commitment) => commitment.status === 'retired');
  return (
    <section className="card section" aria-labelledby="commitments-heading">
      <h2 id="commitments-heading">What you practiced</h2>
      {active.length === 0 ? (
        <EmptyState title="No behaviors">
          <p>
            {retired.length > 0
              ? 'Every behavior was retired before the cycle closed.'
              : 'This cycle was closed without any.'}
          </p>
        </EmptyState>
      ) : (
        <ul className="commitment-list" aria-label="Behaviors you practiced">
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
