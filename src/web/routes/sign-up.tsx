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
import {
  type SignUpPolicy,
  signUpAnswerSchema,
  signUpPolicySchema,
  signUpSchema,
} from '../../shared/accounts';
import { workspaceListSchema } from '../../shared/workspaces';
import { apiGet, apiPost } from '../api';
import { Alert, FormAlert } from '../components/alert';
import { Button } from '../components/button';
import { useDocumentTitle } from '../components/document-title';
import { useFocusFirstError } from '../components/focus-first-error';
import { TextField } from '../components/form-field';
import { PasswordField } from '../components/password-field';
import { newCyclePath } from '../cycles/cycle-data';
import { errorsFromFailure, errorsOf, type FormResult, failed, readForm, validate } from '../forms';
import { richText } from '../i18n/rich-text';
import { uiLanguage } from '../i18n/ui-language';
import { returnPathFrom, safeReturnPath, withReturnPath } from '../return-path';
import { findUser } from '../session';
import { useSignInText } from './sign-in-text';

export async function signUpLoader({ request }: { request: Request }) {
  if (await findUser(request)) throw redirect(returnPathFrom(request));
  return apiGet('/api/auth/sign-up-policy', signUpPolicySchema, { request, redirectWhenSignedOut: false });
}

/** Who may sign up here, in one sentence, or null when anyone may. */
function policyNote(
  { signUp, emailDomains }: SignUpPolicy,
  t: ReturnType<typeof useSignInText>,
): string | null {
  const domains = emailDomains.join(', ');
  if (signUp === 'invite-only') {
    return domains ? t('signUp.policy.inviteOnlyAtDomains', { domains }) : t('signUp.policy.inviteOnly');
  }
  return domains ? t('signUp.policy.domains', { domains }) : null;
}

const inputs = ['name', 'email', 'password'];

export async function signUpAction({ request }: { request: Request }) {
  const checked = validate(signUpSchema, await readForm(request), inputs);
  if ('errors' in checked) return failed(checked.errors);
  try {
    // The account starts in the language the person signed up in (decision 0052).
    const account = { ...checked.data, language: uiLanguage() };
    await apiPost('/api/auth/sign-up', account, signUpAnswerSchema, {
      request,
      redirectWhenSignedOut: false,
    });
  } catch (error) {
    return failed(errorsFromFailure(error, inputs));
  }
  const returnPath = returnPathFrom(request);
  return redirect(returnPath === '/' ? await firstStepPath(request) : returnPath);
}

/**
 * A new manager came to start a growth cycle, so that is where sign-up leads: the personal workspace's
 * first step. Administration waits on the workspace page until they look for it.
 */
async function firstStepPath(request: Request): Promise<string> {
  const { workspaces } = await apiGet('/api/workspaces', workspaceListSchema, { request });
  const personal = workspaces.find((workspace) => workspace.kind === 'personal');
  return personal ? newCyclePath(personal.id) : '/';
}

export function SignUpPage() {
  const t = useSignInText();
  useDocumentTitle(t('signUp.title'));
  const errors = errorsOf(useActionData() as FormResult | undefined);
  const submitting = useNavigation().state === 'submitting';
  const returnPath = safeReturnPath(useSearchParams()[0].get('next'));
  const form = useRef<HTMLFormElement>(null);
  const policy = useLoaderData() as SignUpPolicy;
  useFocusFirstError(form, errors);

  const haveAccount = richText(t('signUp.haveAccount'), {
    signIn: (chunk) => <Link to={withReturnPath('/sign-in', returnPath)}>{chunk}</Link>,
  });

  if (policy.signUp === 'off') {
    return (
      <>
        <h1>{t('signUp.closed.title')}</h1>
        <Alert tone="info">{t('signUp.closed.text')}</Alert>
        <div className="public-links">
          <p>{haveAccount}</p>
        </div>
      </>
    );
  }
  const note = policyNote(policy, t);

  return (
    <>
      <h1>{t('signUp.title')}</h1>
      <p className="lead">{t('signUp.lead')}</p>
      {note ? <Alert tone="info">{note}</Alert> : null}
      <Form method="post" noValidate ref={form} className="form">
        <FormAlert message={errors.formError} />
        <TextField
          label={t('signUp.name')}
          name="name"
          autoComplete="name"
          required
          hint={t('signUp.nameHint')}
          error={errors.fieldErrors.name}
        />
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
          autoComplete="new-password"
          required
          hint={t('password.hint')}
          error={errors.fieldErrors.password}
        />
        <Button type="submit" busy={submitting} busyLabel={t('signUp.busy')} className="button-block">
          {t('signUp.submit')}
        </Button>
      </Form>
      <div className="public-links">
        <p>{haveAccount}</p>
      </div>
    </>
  );
}
