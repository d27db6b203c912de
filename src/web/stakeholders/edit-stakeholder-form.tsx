import { type KeyboardEvent, useEffect, useRef } from 'react';
import type { FetcherWithComponents } from 'react-router';
import type { Stakeholder } from '../../shared/stakeholders';
import { FormAlert } from '../components/alert';
import { Button } from '../components/button';
import { useFocusFirstError } from '../components/focus-first-error';
import { errorsOf, type FormResult } from '../forms';
import { StakeholderFields } from './stakeholder-fields';
import { stakeholderIntents } from './stakeholders-actions';
import { useStakeholdersText } from './stakeholders-text';

type EditStakeholderFormProps = {
  stakeholder: Stakeholder;
  /** Owned by the list: a saved change can move the row to another group, which remounts this form. */
  fetcher: FetcherWithComponents<FormResult>;
  onCancel: () => void;
};

/** Edits one person in place in the list; Escape or Cancel leaves everything as it was. */
export function EditStakeholderForm({ stakeholder, fetcher, onCancel }: EditStakeholderFormProps) {
  const t = useStakeholdersText();
  const errors = errorsOf(fetcher.data);
  const form = useRef<HTMLFormElement>(null);
  useFocusFirstError(form, errors);

  useEffect(() => {
    form.current?.querySelector<HTMLInputElement>('input[name="name"]')?.focus();
  }, []);

  function onKeyDown(event: KeyboardEvent<HTMLFormElement>) {
    if (event.key === 'Escape') {
      event.preventDefault();
      onCancel();
    }
  }

  return (
    <fetcher.Form
      method="post"
      noValidate
      ref={form}
      className="form stakeholder-edit"
      aria-label={t('edit.label', { name: stakeholder.name })}
      onKeyDown={onKeyDown}
    >
      <input type="hidden" name="intent" value={stakeholderIntents.update} />
      <input type="hidden" name="stakeholderId" value={stakeholder.id} />
      <FormAlert message={errors.formError} />
      <StakeholderFields errors={errors} initial={stakeholder} />
      <div className="form-actions">
        <Button type="submit" busy={fetcher.state !== 'idle'} busyLabel={t('edit.saving')}>
          {t('edit.save')}
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          {t('edit.cancel')}
        </Button>
      </div>
    </fetcher.Form>
  );
}
