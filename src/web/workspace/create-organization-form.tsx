import { useRef } from 'react';
import { Form, useActionData, useNavigation } from 'react-router';
import { FormAlert } from '../components/alert';
import { Button } from '../components/button';
import { useFocusFirstError } from '../components/focus-first-error';
import { TextField } from '../components/form-field';
import { errorsOf, type FormResult } from '../forms';
import { useWorkspaceText } from './workspace-text';

export function CreateOrganizationForm() {
  const t = useWorkspaceText();
  const errors = errorsOf(useActionData() as FormResult | undefined);
  const submitting = useNavigation().state === 'submitting';
  const form = useRef<HTMLFormElement>(null);
  useFocusFirstError(form, errors);
  return (
    <Form method="post" noValidate ref={form} className="form form-inline">
      <FormAlert message={errors.formError} />
      <TextField
        label={t('createOrganization.name')}
        name="name"
        autoComplete="organization"
        required
        hint={t('createOrganization.hint')}
        error={errors.fieldErrors.name}
      />
      <Button type="submit" busy={submitting} busyLabel={t('createOrganization.creating')}>
        {t('createOrganization.submit')}
      </Button>
    </Form>
  );
}
