import { useRef } from 'react';
import {
  Form,
  Link,
  redirect,
  useActionData,
  useLoaderData,
  useNavigation,
  useSearchParams,
} from 'react-router';
import { signInSchema } from '../../shared/accounts';
import { apiPost } from '../api';
import { Alert, FormAlert } from '../components/alert';
import { Button } from '../components/button';
import { useDocumentTitle } from '../components/document-title';
import { useFocusFirstError } from '../components/focus-first-error';
import { TextField } from '../components/form-field';
import { PasswordField } from '../components/password-field';
import { takeFlash } from '../flash';
import { errorsFromFailure, errorsOf, type FormResult, failed, readForm, validate } from '../forms';
import { returnPathFrom, safeReturnPath, withReturnPath } from '../return-path';
import { findUser } from '../session';

export async function signInLoader({ request }: { request: Request }) {
  if (await findUser(request)) throw redirect(returnPathFrom(request));
  return { flash: takeFlash() };
}

const inputs = ['email', 'password'];

export async function signInAction({ request }: { request: Request }) {
  const checked = validate(signInSchema, await readForm(request), inputs);
  if ('errors' in checked) return failed(checked.errors);
  try {
    await apiPost('/api/auth/sign-in', checked.data, { request, redirectWhenSignedOut: false });
  } catch (error) {
    return failed(errorsFromFailure(error, inputs));
  }
  return redirect(returnPathFrom(request));
}

export function SignInPage() {
  useDocumentTitle('Sign in');
  const { flash } = useLoaderData() as { flash: string | null };
  const errors = errorsOf(useActionData() as FormResult | undefined);
  const submitting = useNavigation().state === 'submitting';
  const returnPath = safeReturnPath(useSearchParams()[0].get('next'));
  const form = useRef<HTMLFormElement>(null);
  useFocusFirstError(form, errors);

  return (
    <>
      <h1>Sign in</h1>
      <p className="lead">Welcome back. Pick up where you left off.</p>
      {flash ? <Alert tone="success">{flash}</Alert> : null}
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
        <PasswordField
          label="Password"
          name="password"
          autoComplete="current-password"
          required
          error={errors.fieldErrors.password}
        />
        <Button type="submit" busy={submitting} busyLabel="Signing in…" className="button-block">
          Sign in
        </Button>
      </Form>
      <div className="public-links">
        <Link to="/forgot-password">Forgot your password?</Link>
        <p>
          New to Feedforward? <Link to={withReturnPath('/sign-up', returnPath)}>Create an account</Link>
        </p>
      </div>
    </>
  );
}
