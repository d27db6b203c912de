import { useEffect } from 'react';
import { FormAlert } from '../components/alert';
import { Button } from '../components/button';
import { StatusMessage } from '../components/status-message';
import { useFormFetcher } from '../components/use-form-fetcher';
import { StakeholderFields } from './stakeholder-fields';
import { stakeholderIntents } from './stakeholders-actions';
import { useStakeholdersText } from './stakeholders-text';

/** `action`: the stakeholders page's path, when the form sits on another page (the "ask for input" step). */
export function AddStakeholderForm({ action }: { action?: string }) {
  const t = useStakeholdersText();
  const { fetcher, errors, succeeded: added, form } = useFormFetcher();

  // Adding people one after another is the usual pace, so the form is emptied and ready again. The
  // relationship stays: people tend to add their direct reports one after another, then their peers.
  useEffect(() => {
    if (!added) return;
    const relationship = form.current?.querySelector<HTMLSelectElement>('select[name="relationshipGroup"]');
    const lastRelationship = relationship?.value;
    form.current?.reset();
    if (relationship && lastRelationship) relationship.value = lastRelationship;
    form.current?.querySelector<HTMLInputElement>('input[name="name"]')?.focus();
  }, [added, form.current?.reset, form.current?.querySelector]);

  return (
    <section className="subsection" aria-labelledby="add-stakeholder-heading">
      <h3 id="add-stakeholder-heading">{t('add.heading')}</h3>
      <fetcher.Form method="post" action={action} noValidate ref={form} className="form">
        <input type="hidden" name="intent" value={stakeholderIntents.add} />
        <FormAlert message={errors.formError} />
        <StakeholderFields errors={errors} />
        <div className="form-actions">
          <Button type="submit" busy={fetcher.state !== 'idle'} busyLabel={t('add.adding')}>
            {t('add.button')}
          </Button>
        </div>
        <StatusMessage message={added} />
      </fetcher.Form>
    </section>
  );
}
