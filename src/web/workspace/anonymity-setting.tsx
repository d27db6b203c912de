import { type FormEvent, useState } from 'react';
import { FormAlert } from '../components/alert';
import { Button } from '../components/button';
import { ConfirmDialog } from '../components/confirm-dialog';
import { TextField } from '../components/form-field';
import { StatusMessage } from '../components/status-message';
import { useFormFetcher } from '../components/use-form-fetcher';
import { richText } from '../i18n/rich-text';
import { workspaceIntents } from './workspace-actions';
import { useWorkspaceText } from './workspace-text';

type AnonymitySettingProps = { current: number; canChange: boolean };

export function AnonymitySetting({ current, canChange }: AnonymitySettingProps) {
  const t = useWorkspaceText();
  return (
    <section className="card section" aria-labelledby="anonymity-heading">
      <h2 id="anonymity-heading">{t('anonymity.heading')}</h2>
      <p>
        {richText(t('anonymity.text', { count: current }), { strong: (chunk) => <strong>{chunk}</strong> })}
      </p>
      {canChange ? <AnonymityForm current={current} /> : <p className="muted">{t('anonymity.onlyAdmins')}</p>}
    </section>
  );
}

function AnonymityForm({ current }: { current: number }) {
  const t = useWorkspaceText();
  const { fetcher, errors, succeeded: saved, form } = useFormFetcher();
  const [lowerTo, setLowerTo] = useState<number | null>(null);

  const submit = (anonymityK: string) =>
    fetcher.submit({ intent: workspaceIntents.anonymity, anonymityK }, { method: 'post' });

  // Lowering the threshold weakens the promise made to stakeholders, so it is asked about first.
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const value = String(new FormData(event.currentTarget).get('anonymityK') ?? '');
    const wanted = Number(value);
    if (value.trim() && Number.isInteger(wanted) && wanted >= 3 && wanted < current) setLowerTo(wanted);
    else submit(value);
  }

  return (
    <>
      <form noValidate ref={form} className="form form-inline form-compact" onSubmit={onSubmit}>
        <FormAlert message={errors.formError} />
        <TextField
          label={t('anonymity.label')}
          name="anonymityK"
          type="number"
          inputMode="numeric"
          min={3}
          max={10}
          step={1}
          defaultValue={current}
          required
          hint={t('anonymity.hint')}
          error={errors.fieldErrors.anonymityK}
          className="input-narrow"
        />
        <Button type="submit" variant="secondary" busy={fetcher.state !== 'idle'} busyLabel={t('saving')}>
          {t('anonymity.save')}
        </Button>
        <StatusMessage message={saved} />
      </form>
      <ConfirmDialog
        open={lowerTo !== null}
        title={t('anonymity.lowerTitle', { count: lowerTo ?? '' })}
        confirmLabel={t('anonymity.lowerConfirm', { count: lowerTo ?? '' })}
        onCancel={() => setLowerTo(null)}
        onConfirm={() => {
          submit(String(lowerTo));
          setLowerTo(null);
        }}
      >
        <p>{t('anonymity.lowerBody', { count: lowerTo ?? '' })}</p>
      </ConfirmDialog>
    </>
  );
}
