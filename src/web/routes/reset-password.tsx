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
import { signInText, useSignInText } from './sign-in-text';

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
  setFlash(signInText('reset.changed'));
  return redirect('/sign-in');
}

export function ResetPasswordPage() {
  const t = useSignInText();
  useDocumentTitle(t('reset.title'));
  const { hasToken } = useLoaderData() as { hasToken: boolean };
  const errors = errorsOf(useActionData() as FormResult | undefined);
  const submitting = useNavigation().state === 'submitting';
  const form = useRef<HTMLFormElement>(null);
  useFocusFirstError(form, errors);

  if (!hasToken) {
    return (
      <>
        <h1>{t('reset.incomplete.title')}</h1>
        <Alert tone="info">{t('reset.incomplete.text')}</Alert>
        <div className="public-links">
          <Link to="/forgot-password">{t('reset.askNew')}</Link>
        </div>
      </>
    );
  }

  return (
    <>
      <h1>{t('reset.title')}</h1>
      <p className="lead">{t('reset.lead')}</p>
      <Form method="post" noValidate ref={form} className="form">
        <FormAlert message={errors.formError} />
        <PasswordField
          label={t('reset.newPassword')}
          name="password"
          autoComplete="new-password"
          required
          hint={t('password.hint')}
          error={errors.fieldErrors.password}
        />
        <Button type="submit" busy={submitting} busyLabel={t('reset.saving')} className="button-block">
          {t('reset.save')}
        </Button>
      </Form>
      <div className="public-links">
        <Link to="/forgot-password">{t('reset.needNew')}</Link>
      </div>
    </>
  );
}
