import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { useFetcher } from 'react-router';
import type { Commitment } from '../../shared/plans';
import { FormAlert } from '../components/alert';
import { Button } from '../components/button';
import { useFocusFirstInvalid } from '../components/focus-first-invalid';
import { TextField } from '../components/form-field';
import { errorsOf } from '../forms';
import { type CommitmentDraft, FlagRegion, useCommitmentCheck } from './commitment-check';
import { type PlanActionResult, planIntents } from './plan-actions';
import { splitExample } from './plan-data';
import { usePlansText } from './plans-text';

type CommitmentFormProps = {
  cycleId: string;
  /** Present when editing. */
  commitment?: Commitment;
  /** Wording to start from instead of the commitment's own, e.g. the quality check's example. */
  startingWording?: Partial<CommitmentDraft>;
  sourceSuggestion: string | null;
  onClearSuggestion?: () => void;
  onSaved: (result: PlanActionResult & { ok: true }) => void;
  onCancel: () => void;
};

const emptyDraft: CommitmentDraft = { situation: '', action: '', frequency: '', noticedBy: '' };

/** "When ‹situation›, I will ‹action›", how often and how others would notice, checked while typed. */
export function CommitmentForm(props: CommitmentFormProps) {
  const { cycleId, commitment, startingWording, sourceSuggestion, onClearSuggestion, onSaved, onCancel } =
    props;
  const t = usePlansText();
  const fetcher = useFetcher<PlanActionResult>();
  const [draft, setDraft] = useState<CommitmentDraft>(() => ({
    situation: commitment?.situation ?? emptyDraft.situation,
    action: commitment?.action ?? emptyDraft.action,
    frequency: commitment?.frequency ?? emptyDraft.frequency,
    noticedBy: commitment?.noticedBy ?? emptyDraft.noticedBy,
    ...startingWording,
  }));
  const flags = useCommitmentCheck(cycleId, draft);
  const flagsId = useId();
  const form = useRef<HTMLFormElement>(null);
  const result = fetcher.state === 'idle' ? fetcher.data : undefined;
  const errors = errorsOf(result);
  useFocusFirstInvalid(form, result?.ok === false ? result : undefined);

  useEffect(() => {
    if (result?.ok) onSaved(result);
  }, [result, onSaved]);

  const set = (field: keyof CommitmentDraft) => (event: { target: { value: string } }) =>
    setDraft((current) => ({ ...current, [field]: event.target.value }));

  function adoptExample(example: string) {
    const parts = splitExample(example);
    if (!parts) return;
    setDraft((current) => ({ ...current, ...parts }));
    // The flag and its button go once the new wording is checked; focus waits on what changed.
    form.current?.querySelector<HTMLInputElement>('input[name="action"]')?.focus();
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    fetcher.submit(
      {
        intent: commitment ? planIntents.edit : planIntents.add,
        commitmentId: commitment?.id ?? null,
        ...draft,
        sourceSuggestion,
      },
      { method: 'post', encType: 'application/json' },
    );
  }

  return (
    <form noValidate ref={form} className="form commitment-form" onSubmit={submit}>
      <FormAlert message={errors.formError} />
      {sourceSuggestion ? (
        <div className="recap">
          <p className="recap-label">{t('form.startingFrom')}</p>
          <blockquote className="recap-text">{sourceSuggestion}</blockquote>
          {onClearSuggestion ? (
            <Button variant="quiet" onClick={onClearSuggestion}>
              {t('form.fromScratch')}
            </Button>
          ) : null}
        </div>
      ) : null}
      <TextField
        label={t('form.when')}
        name="situation"
        value={draft.situation}
        onChange={set('situation')}
        hint={t('form.whenHint')}
        error={errors.fieldErrors.situation}
        autoComplete="off"
      />
      <TextField
        label={t('form.iWill')}
        name="action"
        value={draft.action}
        onChange={set('action')}
        hint={t('form.iWillHint')}
        error={errors.fieldErrors.action}
        aria-controls={flagsId}
        autoComplete="off"
      />
      <div className="form-grid form-grid-even">
        <TextField
          label={t('form.howOften')}
          name="frequency"
          value={draft.frequency}
          onChange={set('frequency')}
          hint={t('form.howOftenHint')}
          error={errors.fieldErrors.frequency}
          autoComplete="off"
        />
        <TextField
          label={t('form.noticedBy')}
          name="noticedBy"
          value={draft.noticedBy}
          onChange={set('noticedBy')}
          hint={t('form.noticedByHint')}
          error={errors.fieldErrors.noticedBy}
          autoComplete="off"
        />
      </div>
      <FlagRegion id={flagsId} flags={flags} onUse={adoptExample} />
      <div className="form-actions">
        <Button type="submit" busy={fetcher.state !== 'idle'} busyLabel={t('form.saving')}>
          {t(commitment ? 'form.saveChanges' : flags?.length ? 'form.saveAnyway' : 'form.save')}
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          {t('form.cancel')}
        </Button>
      </div>
    </form>
  );
}
