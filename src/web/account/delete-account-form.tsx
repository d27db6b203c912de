import { type FormEvent, useRef, useState } from 'react';
import { useFetcher } from 'react-router';
import { deleteAccountSchema } from '../../shared/data-rights';
import { FormAlert } from '../components/alert';
import { Button } from '../components/button';
import { ConfirmDialog } from '../components/confirm-dialog';
import { useFocusFirstError } from '../components/focus-first-error';
import { TextField } from '../components/form-field';
import { PasswordField } from '../components/password-field';
import { errorsOf, type FormResult } from '../forms';
import { useAccountText } from './account-text';

/** Password and the typed word first, then one last question: nothing here can be undone. */
export function DeleteAccountForm() {
  const t = useAccountText();
  const fetcher = useFetcher<FormResult>();
  const errors = errorsOf(fetcher.data);
  const form = useRef<HTMLFormElement>(null);
  const [pending, setPending] = useState<{ password: string; confirm: string } | null>(null);
  useFocusFirstError(form, errors);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const values = {
      password: String(data.get('password') ?? ''),
      confirm: String(data.get('confirm') ?? ''),
    };
    // Only a complete form asks the last question; an incomplete one shows its problems right away.
    if (deleteAccountSchema.safeParse(values).success) setPending(values);
    else fetcher.submit(values, { method: 'post' });
  }

  return (
    <>
      <form noValidate ref={form} className="form" onSubmit={onSubmit}>
        <FormAlert message={errors.formError} />
        <PasswordField
          label={t('delete.password')}
          name="password"
          autoComplete="current-password"
          required
          error={errors.fieldErrors.password}
        />
        <TextField
          label={t('delete.confirm')}
          name="confirm"
          autoComplete="off"
          spellCheck={false}
          autoCapitalize="characters"
          required
          error={errors.fieldErrors.confirm}
          className="input-narrow"
        />
        <div className="form-actions">
          <Button type="submit" variant="danger" busy={fetcher.state !== 'idle'} busyLabel={t('delete.busy')}>
            {t('delete.submit')}
          </Button>
        </div>
      </form>
      <ConfirmDialog
        open={pending !== null}
        title={t('delete.dialog.title')}
        confirmLabel={t('delete.dialog.confirm')}
        onCancel={() => setPending(null)}
        onConfirm={() => {
          if (pending) fetcher.submit(pending, { method: 'post' });
          setPending(null);
        }}
      >
        <p>{t('delete.dialog.text')}</p>
      </ConfirmDialog>
    </>
  );
}
