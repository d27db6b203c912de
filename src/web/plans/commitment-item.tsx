// i18n: not yet translated
import { useCallback, useId, useState } from 'react';
import { commitmentSentence } from '../../shared/commitment-sentence';
import type { Commitment } from '../../shared/plans';
import { Button } from '../components/button';
import { ConfirmDialog } from '../components/confirm-dialog';
import { FlagList } from './commitment-check';
import { CommitmentForm } from './commitment-form';
import { CommitmentSummary } from './commitment-summary';
import type { PlanActionResult } from './plan-actions';
import { splitExample } from './plan-data';

export type ItemProps = {
  cycleId: string;
  commitment: Commitment;
  onMessage: (message: string | undefined) => void;
  onRetire: () => void;
  retiring: boolean;
};

/** One behavior: read, edit in place (from the check's example if chosen), or retire after a confirmation. */
export function CommitmentItem({ cycleId, commitment, onMessage, onRetire, retiring }: ItemProps) {
  const [editing, setEditing] = useState(false);
  const [example, setExample] = useState<{ situation: string; action: string } | null>(null);
  const [confirming, setConfirming] = useState(false);
  const editButtonId = useId();
  const edit = (wording: { situation: string; action: string } | null) => {
    setExample(wording);
    setEditing(true);
    requestAnimationFrame(() =>
      document
        .getElementById(`${editButtonId}-form`)
        ?.querySelector<HTMLInputElement>('input[name="action"]')
        ?.focus(),
    );
  };
  const focusEdit = () => requestAnimationFrame(() => document.getElementById(editButtonId)?.focus());
  const sentence = commitmentSentence(commitment);
  const saved = useCallback(
    (result: PlanActionResult & { ok: true }) => {
      setEditing(false);
      onMessage(result.message);
      requestAnimationFrame(() => document.getElementById(editButtonId)?.focus());
    },
    [onMessage, editButtonId],
  );

  return (
    <li className="commitment">
      {editing ? (
        <div id={`${editButtonId}-form`}>
          <h3 className="commitment-editing">Edit: {sentence}</h3>
          <CommitmentForm
            cycleId={cycleId}
            commitment={commitment}
            startingWording={example ?? undefined}
            sourceSuggestion={commitment.sourceSuggestion}
            onSaved={saved}
            onCancel={() => {
              setEditing(false);
              focusEdit();
            }}
          />
        </div>
      ) : (
        <>
          <CommitmentSummary commitment={commitment} />
          <FlagList flags={commitment.flags} onUse={(betterExample) => edit(splitExample(betterExample))} />
          <div className="commitment-actions">
            <Button variant="quiet" id={editButtonId} onClick={() => edit(null)}>
              Edit<span className="visually-hidden"> “{sentence}”</span>
            </Button>
            <Button variant="quiet" busy={retiring} busyLabel="Retiring…" onClick={() => setConfirming(true)}>
              Retire<span className="visually-hidden"> “{sentence}”</span>
            </Button>
          </div>
          <ConfirmDialog
            open={confirming}
            title="Retire this behavior?"
            confirmLabel="Retire"
            onCancel={() => setConfirming(false)}
            onConfirm={() => {
              setConfirming(false);
              onRetire();
            }}
          >
            <p>“{sentence}”</p>
            <p>
              It leaves your daily questions and frees a place for another behavior. Its scores so far stay in
              your history. A retired behavior cannot be brought back, only written again.
            </p>
          </ConfirmDialog>
        </>
      )}
    </li>
  );
}
