// i18n: not yet translated
import { Form, Link, useActionData, useLoaderData, useNavigation } from 'react-router';
import { verificationLinkSentSchema, verifyEmailSchema } from '../../shared/accounts';
import { apiPost, noContent } from '../api';
import { Alert, FormAlert } from '../components/alert';
import { Button } from '../components/button';
import { useDocumentTitle } from '../components/document-title';
import { errorsFromFailure, errorsOf, type FormResult, failed, readForm } from '../forms';
import { forgetLinkToken, linkTokenKeys, readLinkToken, takeTokenFromAddress } from '../link-token';
import { verifyEmailIntents } from '../verify-email-intents';

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
      return failed({ fieldErrors: {}, formError: 'This confirmation link is incomplete.' });
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
  useDocumentTitle(result?.ok ? 'Your email address is confirmed' : 'Confirm your email address');
  const errors = errorsOf(result);
  const submitting = useNavigation().state === 'submitting';

  if (result?.ok) {
    return (
      <>
        <h1>Your email address is confirmed</h1>
        <Alert tone="success">Feedforward can now email the people you ask, in your name.</Alert>
        <div className="public-links">
          <Link to="/">Go to Feedforward</Link>
        </div>
      </>
    );
  }
  if (!hasToken) {
    return (
      <>
        <h1>This confirmation link is incomplete</h1>
        <Alert tone="info">
          Open the link again, exactly as you received it, or sign in and ask for a new one.
        </Alert>
        <div className="public-links">
          <Link to="/">Go to Feedforward</Link>
        </div>
      </>
    );
  }
  return (
    <>
      <h1>Confirm your email address</h1>
      <p className="lead">
        Confirm that this address is yours. Until you do, Feedforward emails nobody in your name.
      </p>
      <Form method="post" className="form">
        <FormAlert message={errors.formError} />
        <input type="hidden" name="intent" value={verifyEmailIntents.confirm} />
        <Button type="submit" busy={submitting} busyLabel="Confirming…" className="button-block">
          Confirm my email address
        </Button>
      </Form>
    </>
  );
}
