import { commitmentSentence } from '../../shared/commitment-sentence';
import type { Commitment } from '../../shared/plans';
import { usePlansText } from './plans-text';

/** A behavior as it reads: the sentence, how often, how others would notice, and where it came from. */
export function CommitmentSummary({ commitment }: { commitment: Commitment }) {
  const t = usePlansText();
  return (
    <>
      <p className="commitment-sentence">{commitmentSentence(commitment)}</p>
      <dl className="commitment-details">
        <div>
          <dt>{t('summary.howOften')}</dt>
          <dd>{commitment.frequency}</dd>
        </div>
        <div>
          <dt>{t('summary.noticedBy')}</dt>
          <dd>{commitment.noticedBy}</dd>
        </div>
      </dl>
      {commitment.sourceSuggestion ? (
        <p className="commitment-source">
          {t('summary.source', { suggestion: commitment.sourceSuggestion })}
        </p>
      ) : null}
    </>
  );
}

/** Retired behaviors, folded away: their sentences only. */
export function RetiredCommitments({ retired }: { retired: Commitment[] }) {
  const t = usePlansText();
  if (retired.length === 0) return null;
  return (
    <details className="disclosure">
      <summary className="disclosure-summary">{t('summary.retired', { count: retired.length })}</summary>
      <ul className="commitment-list commitment-list-retired">
        {retired.map((commitment) => (
          <li key={commitment.id} className="commitment">
            <p className="commitment-sentence">{commitmentSentence(commitment)}</p>
          </li>
        ))}
      </ul>
    </details>
  );
}
