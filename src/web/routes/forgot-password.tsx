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
import { useSignInText } from './sign-in-text';

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
  const t = useSignInText();
  useDocumentTitle(t('forgot.title'));
  const { emailCanBeSent } = useLoaderData() as MailSetup;
  const result = useActionData() as ResetAsked | undefined;
  const errors = errorsOf(result as FormResult | undefined);
  const submitting = useNavigation().state === 'submitting';
  const form = useRef<HTMLFormElement>(null);
  useFocusFirstError(form, errors);

  if (result?.ok && 'delivery' in result) {
    const byEmail = result.delivery === 'email';
    return (
      <>
        <h1>{byEmail ? t('forgot.sent.email.title') : t('forgot.sent.byHand.title')}</h1>
        <Alert tone={byEmail ? 'success' : 'info'}>{result.message}</Alert>
        <p>{byEmail ? t('forgot.sent.email.text') : t('forgot.sent.byHand.text')}</p>
        <div className="public-links">
          <Link to="/sign-in">{t('backToSignIn')}</Link>
        </div>
      </>
    );
  }

  return (
    <>
      <h1>{t('forgot.title')}</h1>
      <p className="lead">{emailCanBeSent ? t('forgot.lead.email') : t('forgot.lead.noMail')}</p>
      <Form method="post" noValidate ref={form} className="form">
        <FormAlert message={errors.formError} />
        <TextField
          label={t('field.email')}
          name="email"
          type="email"
          autoComplete="email"
          required
          error={errors.fieldErrors.email}
        />
        <Button type="submit" busy={submitting} busyLabel={t('asking')} className="button-block">
          {emailCanBeSent ? t('forgot.send') : t('forgot.ask')}
        </Button>
      </Form>
      <div className="public-links">
        <Link to="/sign-in">{t('backToSignIn')}</Link>
      </div>
    </>
  );
}
