import { Form, Link, useActionData, useLoaderData, useNavigation } from 'react-router';
import { verificationLinkSentSchema, verifyEmailSchema } from '../../shared/accounts';
import { apiPost, noContent } from '../api';
import { Alert, FormAlert } from '../components/alert';
import { Button } from '../components/button';
import { useDocumentTitle } from '../components/document-title';
import { errorsFromFailure, errorsOf, type FormResult, failed, readForm } from '../forms';
import { forgetLinkToken, linkTokenKeys, readLinkToken, takeTokenFromAddress } from '../link-token';
import { verifyEmailIntents } from '../verify-email-intents';
import { signInText, useSignInText } from './sign-in-text';

export function verifyEmailLoader() {
  takeTokenFromAddress(linkTokenKeys.emailVerification);
  return { hasToken: readLinkToken(linkTokenKeys.emailVerification) !== null };
}

/**
 * Confirming is a button, not something opening the page does: a mail scanner that fetches every
 * link must not confirm an address for its owner. The notice on signed-in pages posts "resend" here.
 */
export async function verifyEmailAction({ request }: { request: Request }): Promise<FormResult> {
  const { intent } = await readForm(request);
  try {
    if (intent === verifyEmailIntents.resend) {
      const sent = await apiPost('/api/auth/verify-email/resend', {}, verificationLinkSentSchema, {
        request,
      });
      return { ok: true, message: sent.message };
    }
    const checked = verifyEmailSchema.safeParse({ token: readLinkToken(linkTokenKeys.emailVerification) });
    if (!checked.success)
      return failed({ fieldErrors: {}, formError: signInText('verify.incomplete.error') });
    await apiPost('/api/auth/verify-email', checked.data, noContent, {
      request,
      redirectWhenSignedOut: false,
    });
  } catch (error) {
    return failed(errorsFromFailure(error, []));
  }
  forgetLinkToken(linkTokenKeys.emailVerification);
  return { ok: true };
}

export function VerifyEmailPage() {
  const { hasToken } = useLoaderData() as { hasToken: boolean };
  const result = useActionData() as FormResult | undefined;
  const t = useSignInText();
  useDocumentTitle(result?.ok ? t('verify.confirmed.title') : t('verify.title'));
  const errors = errorsOf(result);
  const submitting = useNavigation().state === 'submitting';

  if (result?.ok) {
    return (
      <>
        <h1>{t('verify.confirmed.title')}</h1>
        <Alert tone="success">{t('verify.confirmed.text')}</Alert>
        <div className="public-links">
          <Link to="/">{t('verify.toApp')}</Link>
        </div>
      </>
    );
  }
  if (!hasToken) {
    return (
      <>
        <h1>{t('verify.incomplete.title')}</h1>
        <Alert tone="info">{t('verify.incomplete.text')}</Alert>
        <div className="public-links">
          <Link to="/">{t('verify.toApp')}</Link>
        </div>
      </>
    );
  }
  return (
    <>
      <h1>{t('verify.title')}</h1>
      <p className="lead">{t('verify.lead')}</p>
      <Form method="post" className="form">
        <FormAlert message={errors.formError} />
        <input type="hidden" name="intent" value={verifyEmailIntents.confirm} />
        <Button type="submit" busy={submitting} busyLabel={t('verify.confirming')} className="button-block">
          {t('verify.submit')}
        </Button>
      </Form>
    </>
  );
}
