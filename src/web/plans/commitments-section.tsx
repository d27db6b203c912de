import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { useFetcher } from 'react-router';
import { type Commitment, maxActiveCommitments } from '../../shared/plans';
import { Alert } from '../components/alert';
import { Button } from '../components/button';
import { EmptyState } from '../components/empty-state';
import { StatusMessage } from '../components/status-message';
import { richText } from '../i18n/rich-text';
import { CommitmentForm } from './commitment-form';
import { CommitmentItem } from './commitment-item';
import { RetiredCommitments } from './commitment-summary';
import { type PlanActionResult, planIntents } from './plan-actions';
import { usePlansText } from './plans-text';
import { draftFromSuggestion } from './suggestion-draft';
import { SuggestionPicker } from './suggestion-picker';

type SectionProps = {
  cycleId: string;
  commitments: Commitment[];
  suggestions: string[];
};

/**
 * Up to three behaviors to practice, written so the people around the leader could notice them. A
 * closed cycle shows CommitmentsHistory instead: its behaviors can no longer change.
 */
export function CommitmentsSection({ cycleId, commitments, suggestions }: SectionProps) {
  const t = usePlansText();
  const active = commitments.filter((commitment) => commitment.status === 'active');
  const retired = commitments.filter((commitment) => commitment.status === 'retired');
  const [adding, setAdding] = useState(false);
  const [source, setSource] = useState<string | null>(null);
  const [message, setMessage] = useState<string>();
  const full = active.length >= maxActiveCommitments;
  const addButtonId = useId();
  const reasonId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  // One fetcher for retiring: the retired item leaves the list, so its outcome is said here.
  const retireFetcher = useFetcher<PlanActionResult>();
  const retiredNow = retireFetcher.state === 'idle' ? retireFetcher.data : undefined;
  useEffect(() => {
    if (!retiredNow?.ok) return;
    setMessage(retiredNow.message);
    heading.current?.focus();
  }, [retiredNow]);

  const startFrom = (suggestion: string | null) => {
    setSource(suggestion);
    setAdding(true);
    setMessage(undefined);
    // The form appears where the add button was; its first input takes the keyboard.
    requestAnimationFrame(() =>
      document.querySelector<HTMLInputElement>('#add-commitment input[name="situation"]')?.focus(),
    );
  };
  const saved = useCallback((result: PlanActionResult & { ok: true }) => {
    setAdding(false);
    setSource(null);
    setMessage(result.message);
    requestAnimationFrame(() => heading.current?.focus());
  }, []);

  return (
    <section className="card section next-step" aria-labelledby="commitments-heading">
      <div className="section-heading section-heading-split">
        <h2 id="commitments-heading" ref={heading} tabIndex={-1}>
          {t('commitments.heading')}
        </h2>
        <span className="count count-nowrap" aria-live="polite">
          {richText(t('commitments.count', { count: active.length, max: maxActiveCommitments }), {
            hidden: (chunk) => <span className="visually-hidden">{chunk}</span>,
          })}
        </span>
      </div>
      <p className="muted">{t('commitments.intro', { max: maxActiveCommitments })}</p>
      <StatusMessage message={message} />
      {retiredNow?.ok === false ? <Alert>{retiredNow.errors.formError}</Alert> : null}

      {active.length === 0 && !adding ? (
        <EmptyState title={t('commitments.noneYet')}>
          <p>{t(suggestions.length > 0 ? 'commitments.startFromSuggestion' : 'commitments.writeFirst')}</p>
        </EmptyState>
      ) : (
        <ul className="commitment-list" aria-label={t('commitments.label')}>
          {active.map((commitment) => (
            <CommitmentItem
              key={commitment.id}
              cycleId={cycleId}
              commitment={commitment}
              onMessage={setMessage}
              onRetire={() =>
                retireFetcher.submit(
                  { intent: planIntents.retire, commitmentId: commitment.id },
                  { method: 'post', encType: 'application/json' },
                )
              }
              retiring={
                retireFetcher.state !== 'idle' &&
                retireFetcher.json !== undefined &&
                (retireFetcher.json as { commitmentId?: string }).commitmentId === commitment.id
              }
            />
          ))}
        </ul>
      )}

      {adding ? (
        <div id="add-commitment" className="subsection">
          <h3>{t('commitments.new')}</h3>
          <CommitmentForm
            // A new starting point is a new form: "Start from scratch" empties what the suggestion filled in.
            key={source ?? ''}
            cycleId={cycleId}
            startingWording={source ? draftFromSuggestion(source) : undefined}
            sourceSuggestion={source}
            onClearSuggestion={() => setSource(null)}
            onSaved={saved}
            onCancel={() => {
              setAdding(false);
              requestAnimationFrame(() => document.getElementById(addButtonId)?.focus());
            }}
          />
        </div>
      ) : (
        <div className="button-row">
          <Button
            id={addButtonId}
            disabled={full}
            aria-describedby={full ? reasonId : undefined}
            onClick={() => startFrom(null)}
          >
            {t('commitments.write')}
          </Button>
          {full ? (
            <p id={reasonId} className="muted button-row-note">
              {t('commitments.full', { max: maxActiveCommitments })}
            </p>
          ) : null}
        </div>
      )}

      {suggestions.length > 0 && !adding ? (
        <SuggestionPicker suggestions={suggestions} disabled={full} onPick={startFrom} />
      ) : null}

      <RetiredCommitments retired={retired} />
    </section>
  );
}
