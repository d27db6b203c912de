// i18n: not yet translated
import { type FormEvent, useState } from 'react';
import { FormAlert } from '../components/alert';
import { Button } from '../components/button';
import { ConfirmDialog } from '../components/confirm-dialog';
import { TextField } from '../components/form-field';
import { StatusMessage } from '../components/status-message';
import { useFormFetcher } from '../components/use-form-fetcher';
import { workspaceIntents } from './workspace-actions';

type AnonymitySettingProps = { current: number; canChange: boolean };

export function AnonymitySetting({ current, canChange }: AnonymitySettingProps) {
  return (
    <section className="card section" aria-labelledby="anonymity-heading">
      <h2 id="anonymity-heading">Anonymity</h2>
      <p>
        Results of a round are shown only when at least <strong>{current}</strong> people answered, and groups
        smaller than that are merged, so no answer can be traced to a person.
      </p>
      {canChange ? (
        <AnonymityForm current={current} />
      ) : (
        <p className="muted">Only admins can change this.</p>
      )}
    </section>
  );
}

function AnonymityForm({ current }: { current: number }) {
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
          label="Minimum responses per group"
          name="anonymityK"
          type="number"
          inputMode="numeric"
          min={3}
          max={10}
          step={1}
          defaultValue={current}
          required
          hint="From 3 to 10. Higher protects people more; lower shows results from smaller teams."
          error={errors.fieldErrors.anonymityK}
          className="input-narrow"
        />
        <Button type="submit" variant="secondary" busy={fetcher.state !== 'idle'} busyLabel="Saving…">
          Save threshold
        </Button>
        <StatusMessage message={saved} />
      </form>
      <ConfirmDialog
        open={lowerTo !== null}
        title={`Lower the threshold to ${lowerTo}?`}
        confirmLabel={`Lower to ${lowerTo}`}
        onCancel={() => setLowerTo(null)}
        onConfirm={() => {
          submit(String(lowerTo));
          setLowerTo(null);
        }}
      >
        <p>
          Results will appear with as few as {lowerTo} responses. With fewer answers in a group, it is easier
          to guess who said what. Stakeholders were promised anonymity, so lower it only for small teams that
          need it.
        </p>
      </ConfirmDialog>
    </>
  );
}
