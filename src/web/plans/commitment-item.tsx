import { useCallback, useId, useState } from 'react';
import { commitmentSentence } from '../../shared/commitment-sentence';
import type { Commitment } from '../../shared/plans';
import { Button } from '../components/button';
import { ConfirmDialog } from '../components/confirm-dialog';
import { richText } from '../i18n/rich-text';
import { FlagList } from './commitment-check';
import { CommitmentForm } from './commitment-form';
import { CommitmentSummary } from './commitment-summary';
import type { PlanActionResult } from './plan-actions';
import { splitExample } from './plan-data';
import { usePlansText } from './plans-text';

export type ItemProps = {
  cycleId: string;
  commitment: Commitment;
  onMessage: (message: string | undefined) => void;
  onRetire: () => void;
  retiring: boolean;
};

/** One behavior: read, edit in place (from the check's example if chosen), or retire after a confirmation. */
const visuallyHidden = (chunk: string) => <span className="visually-hidden">{chunk}</span>;

export function CommitmentItem({ cycleId, commitment, onMessage, onRetire, retiring }: ItemProps) {
  const t = usePlansText();
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
  // One line, so the tags around it in the buttons' names still match whatever was typed.
  const oneLine = sentence.replace(/\s+/g, ' ');
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
          <h3 className="commitment-editing">{t('item.editing', { sentence })}</h3>
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
              {richText(t('item.edit', { sentence: oneLine }), { hidden: visuallyHidden })}
            </Button>
            <Button
              variant="quiet"
              busy={retiring}
              busyLabel={t('item.retiring')}
              onClick={() => setConfirming(true)}
            >
              {richText(t('item.retire', { sentence: oneLine }), { hidden: visuallyHidden })}
            </Button>
          </div>
          <ConfirmDialog
            open={confirming}
            title={t('item.retireTitle')}
            confirmLabel={t('item.retireConfirm')}
            onCancel={() => setConfirming(false)}
            onConfirm={() => {
              setConfirming(false);
              onRetire();
            }}
          >
            <p>{t('item.quoted', { sentence })}</p>
            <p>{t('item.retireText')}</p>
          </ConfirmDialog>
        </>
      )}
    </li>
  );
}
