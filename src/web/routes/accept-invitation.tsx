// i18n: not yet translated
import { useRef } from 'react';
import { Form, Link, redirect, useActionData, useLoaderData, useNavigation } from 'react-router';
import type { CurrentUser } from '../../shared/accounts';
import { acceptInvitationSchema, invitationAcceptedSchema } from '../../shared/workspaces';
import { apiPost } from '../api';
import { Alert, FormAlert } from '../components/alert';
import { Button } from '../components/button';
import { useDocumentTitle } from '../components/document-title';
import { useFocusFirstError } from '../components/focus-first-error';
import { SignInToAccept } from '../components/sign-in-to-accept';
import { setFlash } from '../flash';
import { errorsFromFailure, errorsOf, type FormResult, failed, validate } from '../forms';
import { forgetDeadLink, loadInvitationLink } from '../invitation-link';
import { forgetLinkToken, linkTokenKeys, readLinkToken } from '../link-token';

const acceptPath = '/invitations/accept';

export function acceptInvitationLoader({ request }: { request: Request }) {
  return loadInvitationLink(request, linkTokenKeys.invitation);
}

export async function acceptInvitationAction({ request }: { request: Request }) {
  const checked = validate(
    acceptInvitationSchema,
    { token: readLinkToken(linkTokenKeys.invitation) ?? '' },
    [],
  );
  if ('errors' in checked) return failed(checked.errors);
  try {
    const { workspaceId } = await apiPost('/api/invitations/accept', checked.data, invitationAcceptedSchema, {
      request,
    });
    forgetLinkToken(linkTokenKeys.invitation);
    setFlash('Welcome! You are now a member of this workspace.');
    return redirect(`/workspaces/${encodeURIComponent(workspaceId)}`);
  } catch (error) {
    forgetDeadLink(error, linkTokenKeys.invitation);
    return failed(errorsFromFailure(error, []));
  }
}

type LoaderData = { user: CurrentUser | null; hasToken: boolean };

export function AcceptInvitationPage() {
  useDocumentTitle('Accept your invitation');
  const { user, hasToken } = useLoaderData() as LoaderData;
  if (!hasToken) return <MissingInvitation />;
  if (!user) return <SignInToAccept kind="organization" acceptPath={acceptPath} />;
  return <AcceptAsUser user={user} />;
}

function MissingInvitation() {
  return (
    <>
      <h1>No invitation to accept</h1>
      <Alert tone="info">
        This page needs the link from your invitation. Open that link again, exactly as you received it. If it
        has expired, ask the admin who invited you for a new one.
      </Alert>
      <div className="public-links">
        <Link to="/">Go to your workspaces</Link>
      </div>
    </>
  );
}

function AcceptAsUser({ user }: { user: CurrentUser }) {
  const result = useActionData() as FormResult | undefined;
  const errors = errorsOf(result);
  const navigation = useNavigation();
  const accepting = navigation.state === 'submitting' && navigation.formAction === acceptPath;
  const form = useRef<HTMLFormElement>(null);
  useFocusFirstError(form, errors);

  return (
    <>
      <h1>Accept your invitation</h1>
      <p className="lead">
        You are signed in as <strong>{user.name}</strong> ({user.email}). The invitation must be addressed to
        this email.
      </p>
      <Form method="post" ref={form} className="form">
        <FormAlert message={errors.formError} />
        <Button type="submit" busy={accepting} busyLabel="Joining…" className="button-block">
          Accept invitation
        </Button>
      </Form>
      <Form method="post" action="/sign-out" className="form-footnote">
        <input type="hidden" name="next" value={acceptPath} />
        <p>
          Not {user.email}?{' '}
          <button type="submit" className="link-button">
            Sign out and use another account
          </button>
        </p>
      </Form>
    </>
  );
}
