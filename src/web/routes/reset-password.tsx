// i18n: not yet translated
import { useRef } from 'react';
import { Form, Link, redirect, useActionData, useLoaderData, useNavigation } from 'react-router';
import { resetPasswordSchema } from '../../shared/accounts';
import { apiPost, noContent } from '../api';
import { Alert, FormAlert } from '../components/alert';
import { Button } from '../components/button';
import { useDocumentTitle } from '../components/document-title';
import { useFocusFirstError } from '../components/focus-first-error';
import { PasswordField } from '../components/password-field';
import { setFlash } from '../flash';
import { errorsFromFailure, errorsOf, type FormResult, failed, readForm, validate } from '../forms';
import { forgetLinkToken, linkTokenKeys, readLinkToken, takeTokenFromAddress } from '../link-token';

export function resetPasswordLoader() {
  takeTokenFromAddress(linkTokenKeys.passwordReset);
  return { hasToken: readLinkToken(linkTokenKeys.passwordReset) !== null };
}

export async function resetPasswordAction({ request }: { request: Request }) {
  const { password } = await readForm(request);
  const token = readLinkToken(linkTokenKeys.passwordReset);
  const checked = validate(resetPasswordSchema, { token: token ?? '', password }, ['password']);
  if ('errors' in checked) return failed(checked.errors);
  try {
    await apiPost('/api/auth/password-reset/complete', checked.data, noContent, {
      request,
      redirectWhenSignedOut: false,
    });
  } catch (error) {
    return failed(errorsFromFailure(error, ['password']));
  }
  forgetLinkToken(linkTokenKeys.passwordReset);
  setFlash('Your password was changed and every session was signed out. Sign in with your new password.');
  return redirect('/sign-in');
}

export function ResetPasswordPage() {
  useDocumentTitle('Choose a new password');
  const { hasToken } = useLoaderData() as { hasToken: boolean };
  const errors = errorsOf(useActionData() as FormResult | undefined);
  const submitting = useNavigation().state === 'submitting';
  const form = useRef<HTMLFormElement>(null);
  useFocusFirstError(form, errors);

  if (!hasToken) {
    return (
      <>
        <h1>This reset link is incomplete</h1>
        <Alert tone="info">
          Open the reset link again, exactly as you received it, or ask for a new one.
        </Alert>
        <div className="public-links">
          <Link to="/forgot-password">Ask for a new reset link</Link>
        </div>
      </>
    );
  }

  return (
    <>
      <h1>Choose a new password</h1>
      <p className="lead">
        After the change you will be signed out everywhere and can sign in with the new password.
      </p>
      <Form method="post" noValidate ref={form} className="form">
        <FormAlert message={errors.formError} />
        <PasswordField
          label="New password"
          name="password"
          autoComplete="new-password"
          required
          hint="At least 8 characters. A few unrelated words make a strong, memorable password."
          error={errors.fieldErrors.password}
        />
        <Button type="submit" busy={submitting} busyLabel="Saving…" className="button-block">
          Save new password
        </Button>
      </Form>
      <div className="public-links">
        <Link to="/forgot-password">Need a new link?</Link>
      </div>
    </>
  );
}
