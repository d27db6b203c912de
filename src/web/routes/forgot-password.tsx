import { useRef } from 'react';
import { Form, Link, useActionData, useNavigation } from 'react-router';
import { requestPasswordResetSchema } from '../../shared/accounts';
import { apiPost } from '../api';
import { Alert, FormAlert } from '../components/alert';
import { Button } from '../components/button';
import { useDocumentTitle } from '../components/document-title';
import { useFocusFirstError } from '../components/focus-first-error';
import { TextField } from '../components/form-field';
import { errorsFromFailure, errorsOf, type FormResult, failed, readForm, validate } from '../forms';

const inputs = ['email'];

export async function forgotPasswordAction({ request }: { request: Request }): Promise<FormResult> {
  const checked = validate(requestPasswordResetSchema, await readForm(request), inputs);
  if ('errors' in checked) return failed(checked.errors);
  try {
    const { message } = await apiPost<{ message: string }>('/api/auth/password-reset/request', checked.data, {
      request,
      redirectWhenSignedOut: false,
    });
    return { ok: true, message };
  } catch (error) {
    return failed(errorsFromFailure(error, inputs));
  }
}

export function ForgotPasswordPage() {
  useDocumentTitle('Reset your password');
  const result = useActionData() as FormResult | undefined;
  const errors = errorsOf(result);
  const submitting = useNavigation().state === 'submitting';
  const form = useRef<HTMLFormElement>(null);
  useFocusFirstError(form, errors);

  if (result?.ok) {
    return (
      <>
        <h1>Check your email</h1>
        <Alert tone="success">{result.message}</Alert>
        <p>The link works for one hour. If nothing arrives, check your spam folder or try again.</p>
        <div className="public-links">
          <Link to="/sign-in">Back to sign in</Link>
        </div>
      </>
    );
  }

  return (
    <>
      <h1>Reset your password</h1>
      <p className="lead">
        Enter the email you signed up with and we will send you a link to choose a new password.
      </p>
      <Form method="post" noValidate ref={form} className="form">
        <FormAlert message={errors.formError} />
        <TextField
          label="Email"
          name="email"
          type="email"
          autoComplete="email"
          required
          error={errors.fieldErrors.email}
        />
        <Button type="submit" busy={submitting} busyLabel="Sending…" className="button-block">
          Send reset link
        </Button>
      </Form>
      <div className="public-links">
        <Link to="/sign-in">Back to sign in</Link>
      </div>
    </>
  );
}
