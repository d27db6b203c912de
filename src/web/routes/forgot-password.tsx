// i18n: not yet translated
import { useRef } from 'react';
import { Form, Link, useActionData, useLoaderData, useNavigation } from 'react-router';
import { requestPasswordResetSchema } from '../../shared/accounts';
import { type MailSetup, type PasswordResetRequested, passwordResetRequestedSchema } from '../../shared/mail';
import { apiPost } from '../api';
import { Alert, FormAlert } from '../components/alert';
import { Button } from '../components/button';
import { useDocumentTitle } from '../components/document-title';
import { useFocusFirstError } from '../components/focus-first-error';
import { TextField } from '../components/form-field';
import { errorsFromFailure, errorsOf, type FormResult, failed, readForm, validate } from '../forms';
import { getMailSetup } from '../mail-setup';

const inputs = ['email'];

type ResetAsked = FormResult | (PasswordResetRequested & { ok: true });

export const forgotPasswordLoader = ({ request }: { request: Request }) => getMailSetup(request);

export async function forgotPasswordAction({ request }: { request: Request }): Promise<ResetAsked> {
  const checked = validate(requestPasswordResetSchema, await readForm(request), inputs);
  if ('errors' in checked) return failed(checked.errors);
  try {
    const answer = await apiPost(
      '/api/auth/password-reset/request',
      checked.data,
      passwordResetRequestedSchema,
      {
        request,
        redirectWhenSignedOut: false,
      },
    );
    return { ok: true, ...answer };
  } catch (error) {
    return failed(errorsFromFailure(error, inputs));
  }
}

export function ForgotPasswordPage() {
  useDocumentTitle('Reset your password');
  const { emailCanBeSent } = useLoaderData() as MailSetup;
  const result = useActionData() as ResetAsked | undefined;
  const errors = errorsOf(result as FormResult | undefined);
  const submitting = useNavigation().state === 'submitting';
  const form = useRef<HTMLFormElement>(null);
  useFocusFirstError(form, errors);

  if (result?.ok && 'delivery' in result) {
    return (
      <>
        <h1>{result.delivery === 'email' ? 'Check your email' : 'Ask for your link'}</h1>
        <Alert tone={result.delivery === 'email' ? 'success' : 'info'}>{result.message}</Alert>
        <p>
          {result.delivery === 'email'
            ? 'The link works for one hour. If nothing arrives, check your spam folder or try again.'
            : 'The link works for one hour. Open it exactly as you receive it.'}
        </p>
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
        {emailCanBeSent
          ? 'Enter the email you signed up with and we will send you a link to choose a new password.'
          : 'This Feedforward has no mail server, so it cannot email you a link. Enter the email you signed up ' +
            'with: the link is kept on the server, and the person who runs it can pass it on to you.'}
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
        <Button type="submit" busy={submitting} busyLabel="Asking…" className="button-block">
          {emailCanBeSent ? 'Send reset link' : 'Ask for a reset link'}
        </Button>
      </Form>
      <div className="public-links">
        <Link to="/sign-in">Back to sign in</Link>
      </div>
    </>
  );
}
