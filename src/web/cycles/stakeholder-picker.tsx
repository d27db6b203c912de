import { useId, useState } from 'react';
import type { Stakeholder } from '../../shared/stakeholders';
import { Button } from '../components/button';
import { cyclesText, relationshipGroupLabel, useCyclesText } from './cycles-text';

type StakeholderPickerProps = {
  stakeholders: Stakeholder[];
  selected: ReadonlySet<string>;
  onChange: (selected: Set<string>) => void;
  k: number;
  error?: string;
};

const groupOrder = ['direct_report', 'peer', 'manager', 'other'];

/**
 * Whom a new round asks, and the refusal shown beside the picker when fewer than k are chosen:
 * a round with fewer than k people could never release anything.
 */
export function usePeopleToAsk(k: number, initial: () => Iterable<string> = () => []) {
  const [selected, setSelected] = useState<Set<string>>(() => new Set(initial()));
  const [tooFew, setTooFew] = useState<{ message: string } | null>(null);
  const choose = (next: Set<string>) => {
    setSelected(next);
    if (next.size >= k) setTooFew(null);
  };
  /** True when enough people are chosen; otherwise says why and returns false. */
  const enough = () => {
    const ok = selected.size >= k;
    setTooFew(ok ? null : { message: cyclesText('picker.tooFew', { k }) });
    return ok;
  };
  return { selected, choose, tooFew, enough };
}

/** Checkboxes for whom to ask, with a live count against the anonymity threshold. */
export function StakeholderPicker({ stakeholders, selected, onChange, k, error }: StakeholderPickerProps) {
  const t = useCyclesText();
  const id = useId();
  const sorted = [...stakeholders].sort(
    (a, b) =>
      groupOrder.indexOf(a.relationshipGroup) - groupOrder.indexOf(b.relationshipGroup) ||
      a.name.localeCompare(b.name),
  );
  const allChosen = stakeholders.every((stakeholder) => selected.has(stakeholder.id));
  const toggle = (stakeholderId: string) => {
    const next = new Set(selected);
    if (!next.delete(stakeholderId)) next.add(stakeholderId);
    onChange(next);
  };
  const count = selected.size;
  return (
    <fieldset
      className="choice-fieldset"
      aria-describedby={[error ? `${id}-error` : null, `${id}-hint`].filter(Boolean).join(' ')}
      data-invalid={error ? true : undefined}
    >
      <legend className="choice-legend">{t('picker.legend')}</legend>
      <p className="field-hint" id={`${id}-hint`}>
        {t('picker.hint', { k })}
      </p>
      {error ? (
        <p className="field-error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
      <div className="picker-toolbar">
        <p className="picker-count" role="status">
          {t(count < k ? 'picker.countTooFew' : 'picker.count', { count, total: stakeholders.length, k })}
        </p>
        <Button
          variant="quiet"
          onClick={() =>
            onChange(allChosen ? new Set() : new Set(stakeholders.map((stakeholder) => stakeholder.id)))
          }
        >
          {allChosen ? t('picker.clearAll') : t('picker.selectEveryone')}
        </Button>
      </div>
      <ul className="picker-list">
        {sorted.map((stakeholder) => (
          <li key={stakeholder.id}>
            <label className={selected.has(stakeholder.id) ? 'picker-item is-selected' : 'picker-item'}>
              <input
                type="checkbox"
                name="stakeholderIds"
                value={stakeholder.id}
                checked={selected.has(stakeholder.id)}
                onChange={() => toggle(stakeholder.id)}
              />
              <span className="picker-identity">
                <span className="picker-name">{stakeholder.name}</span>
                <span className="picker-detail">
                  {relationshipGroupLabel(stakeholder.relationshipGroup)}
                  {' · '}
                  {stakeholder.email ?? t('picker.noEmail')}
                </span>
              </span>
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
