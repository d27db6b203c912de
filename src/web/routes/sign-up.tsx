// i18n: not yet translated
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
import { uiLanguage } from '../i18n/ui-language';
import { returnPathFrom, safeReturnPath, withReturnPath } from '../return-path';
import { findUser } from '../session';

export async function signUpLoader({ request }: { request: Request }) {
  if (await findUser(request)) throw redirect(returnPathFrom(request));
  return apiGet('/api/auth/sign-up-policy', signUpPolicySchema, { request, redirectWhenSignedOut: false });
}

/** Who may sign up here, in one sentence, or null when anyone may. */
function policyNote({ signUp, emailDomains }: SignUpPolicy): string | null {
  const domains = emailDomains.length > 0 ? ` with an address at ${emailDomains.join(', ')}` : '';
  if (signUp === 'invite-only') {
    return `Accounts here are by invitation: sign up${domains} with the address an admin invited.`;
  }
  return domains ? `Only people${domains} can create an account here.` : null;
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
  useDocumentTitle('Create your account');
  const errors = errorsOf(useActionData() as FormResult | undefined);
  const submitting = useNavigation().state === 'submitting';
  const returnPath = safeReturnPath(useSearchParams()[0].get('next'));
  const form = useRef<HTMLFormElement>(null);
  const policy = useLoaderData() as SignUpPolicy;
  useFocusFirstError(form, errors);

  if (policy.signUp === 'off') {
    return (
      <>
        <h1>Sign-up is closed</h1>
        <Alert tone="info">
          New accounts cannot be created on this Feedforward. If you should have one, ask the person who runs
          it.
        </Alert>
        <div className="public-links">
          <p>
            Already have an account? <Link to={withReturnPath('/sign-in', returnPath)}>Sign in</Link>
          </p>
        </div>
      </>
    );
  }
  const note = policyNote(policy);

  return (
    <>
      <h1>Create your account</h1>
      <p className="lead">
        Start with one capability you want to build. Your personal workspace is ready as soon as you sign up.
      </p>
      {note ? <Alert tone="info">{note}</Alert> : null}
      <Form method="post" noValidate ref={form} className="form">
        <FormAlert message={errors.formError} />
        <TextField
          label="Your name"
          name="name"
          autoComplete="name"
          required
          hint="Shown to the people you work with."
          error={errors.fieldErrors.name}
        />
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
          autoComplete="new-password"
          required
          hint="At least 8 characters. A few unrelated words make a strong, memorable password."
          error={errors.fieldErrors.password}
        />
        <Button type="submit" busy={submitting} busyLabel="Creating your account…" className="button-block">
          Create account
        </Button>
      </Form>
      <div className="public-links">
        <p>
          Already have an account? <Link to={withReturnPath('/sign-in', returnPath)}>Sign in</Link>
        </p>
      </div>
    </>
  );
}
