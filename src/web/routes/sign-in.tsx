import { useEffect, useRef, useState } from 'react';
import {
  Form,
  Link,
  redirect,
  useActionData,
  useLoaderData,
  useNavigation,
  useSearchParams,
} from 'react-router';
import { signedInSchema, signInAnswerSchema, signInSchema } from '../../shared/accounts';
import { type SsoProvider, ssoErrorMessages, ssoProvidersAnswerSchema } from '../../shared/sso';
import { secondStepSchema } from '../../shared/two-factor';
import { ApiError, apiGet, apiPost } from '../api';
import { Alert, FormAlert } from '../components/alert';
import { Button } from '../components/button';
import { useDocumentTitle } from '../components/document-title';
import { useFocusFirstError } from '../components/focus-first-error';
import { TextField } from '../components/form-field';
import { PasswordField } from '../components/password-field';
import { takeFlash } from '../flash';
import { errorsFromFailure, errorsOf, type FormResult, failed, readForm, validate } from '../forms';
import { richText } from '../i18n/rich-text';
import { returnPathFrom, safeReturnPath, withReturnPath } from '../return-path';
import { findUser } from '../session';
import { useSignInText } from './sign-in-text';

export async function signInLoader({ request }: { request: Request }) {
  if (await findUser(request)) throw redirect(returnPathFrom(request));
  const url = new URL(request.url);
  // An organization's button shows for whoever follows its sign-in link (`?sso=<workspace id>`).
  const organization = url.searchParams.get('sso');
  const { providers } = await apiGet(
    `/api/auth/sso/providers${organization ? `?workspace=${encodeURIComponent(organization)}` : ''}`,
    ssoProvidersAnswerSchema,
    { request, redirectWhenSignedOut: false },
  );
  const ssoError = url.searchParams.get('sso-error');
  const ssoProblem = ssoError ? (ssoErrorMessages[ssoError] ?? ssoErrorMessages.sso_refused) : null;
  return { flash: takeFlash(), providers, ssoProblem };
}

type SignInData = { flash: string | null; providers: SsoProvider[]; ssoProblem: string | null };

/** A provider's sign-in of an account with two-step sign-in comes back with its token in the fragment. */
function secondStepFromProvider(): string | undefined {
  return /^#second-step=([\w-]+)$/.exec(window.location.hash)?.[1];
}

/** Full-page links: the browser goes to the provider and comes back to the server, not to this app. */
function ProviderButtons({ providers }: { providers: SsoProvider[] }) {
  const t = useSignInText();
  if (providers.length === 0) return null;
  return (
    <div className="sso-buttons">
      {providers.map((provider) => (
        <a
          key={provider.id}
          className="button button-secondary button-block"
          href={`/api/auth/sso/${encodeURIComponent(provider.id)}/start`}
        >
          {t('signIn.withProvider', { provider: provider.name })}
        </a>
      ))}
      <p className="muted sso-or">{t('signIn.orWithPassword')}</p>
    </div>
  );
}

const inputs = ['email', 'password'];

/** After a password, an account with two-step sign-in is asked for a code: the token carries it over. */
type SignInResult = FormResult & { secondStep?: string };

async function completeSecondStep(request: Request, values: Record<string, string>): Promise<SignInResult> {
  const checked = validate(secondStepSchema, values, ['code']);
  if ('errors' in checked) return { ...failed(checked.errors), secondStep: values.token };
  try {
    await apiPost('/api/auth/sign-in/second-step', checked.data, signedInSchema, {
      request,
      redirectWhenSignedOut: false,
    });
  } catch (error) {
    // An expired sign-in goes back to the password; any other refusal stays on the code.
    const expired = error instanceof ApiError && error.code === 'sign_in_expired';
    return { ...failed(errorsFromFailure(error, ['code'])), secondStep: expired ? undefined : values.token };
  }
  throw redirect(returnPathFrom(request));
}

export async function signInAction({ request }: { request: Request }): Promise<SignInResult> {
  const values = await readForm(request);
  if (values.intent === 'second-step') return completeSecondStep(request, values);
  const checked = validate(signInSchema, values, inputs);
  if ('errors' in checked) return failed(checked.errors);
  try {
    const answer = await apiPost('/api/auth/sign-in', checked.data, signInAnswerSchema, {
      request,
      redirectWhenSignedOut: false,
    });
    if ('secondStep' in answer) return { ok: true, secondStep: answer.secondStep.token };
  } catch (error) {
    return failed(errorsFromFailure(error, inputs));
  }
  throw redirect(returnPathFrom(request));
}

/** The code step: its own heading, focused when it appears, so a screen reader hears the new question. */
function SecondStepForm({ token, result }: { token: string; result: SignInResult | undefined }) {
  const t = useSignInText();
  const errors = errorsOf(result);
  const submitting = useNavigation().state === 'submitting';
  const form = useRef<HTMLFormElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  useFocusFirstError(form, errors);
  useEffect(() => {
    heading.current?.focus();
  }, []);
  return (
    <>
      <h1 ref={heading} tabIndex={-1}>
        {t('secondStep.heading')}
      </h1>
      <p className="lead">{t('secondStep.lead')}</p>
      <Form method="post" noValidate ref={form} className="form">
        <FormAlert message={errors.formError} />
        <input type="hidden" name="intent" value="second-step" />
        <input type="hidden" name="token" value={token} />
        <TextField
          label={t('secondStep.code')}
          name="code"
          autoComplete="one-time-code"
          inputMode="text"
          spellCheck={false}
          autoCapitalize="none"
          required
          error={errors.fieldErrors.code}
          className="input-narrow"
        />
        <Button type="submit" busy={submitting} busyLabel={t('checking')} className="button-block">
          {t('signIn.submit')}
        </Button>
      </Form>
      <div className="public-links">
        <Link to="/sign-in" reloadDocument>
          {t('secondStep.restart')}
        </Link>
      </div>
    </>
  );
}

export function SignInPage() {
  const t = useSignInText();
  useDocumentTitle(t('signIn.title'));
  const { flash, providers, ssoProblem } = useLoaderData() as SignInData;
  const [fromProvider] = useState(secondStepFromProvider);
  const result = useActionData() as SignInResult | undefined;
  const errors = errorsOf(result);
  const submitting = useNavigation().state === 'submitting';
  const returnPath = safeReturnPath(useSearchParams()[0].get('next'));
  const form = useRef<HTMLFormElement>(null);
  useFocusFirstError(form, errors);

  const secondStep = result ? result.secondStep : fromProvider;
  if (secondStep) return <SecondStepForm key={secondStep} token={secondStep} result={result} />;
  return (
    <>
      <h1>{t('signIn.title')}</h1>
      <p className="lead">{t('signIn.lead')}</p>
      {flash ? <Alert tone="success">{flash}</Alert> : null}
      {ssoProblem ? <Alert>{ssoProblem}</Alert> : null}
      <ProviderButtons providers={providers} />
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
        <PasswordField
          label={t('field.password')}
          name="password"
          autoComplete="current-password"
          required
          error={errors.fieldErrors.password}
        />
        <Button type="submit" busy={submitting} busyLabel={t('signIn.busy')} className="button-block">
          {t('signIn.submit')}
        </Button>
      </Form>
      <div className="public-links">
        <Link to="/forgot-password">{t('signIn.forgot')}</Link>
        <p>
          {richText(t('signIn.new'), {
            signUp: (chunk) => <Link to={withReturnPath('/sign-up', returnPath)}>{chunk}</Link>,
          })}
        </p>
      </div>
    </>
  );
}
