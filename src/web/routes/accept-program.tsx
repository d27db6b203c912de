// i18n: not yet translated
import { Form, Link, redirect, useActionData, useLoaderData, useNavigation } from 'react-router';
import type { CurrentUser } from '../../shared/accounts';
import { acceptProgramInvitationSchema, programInvitationAcceptedSchema } from '../../shared/programs';
import { apiPost } from '../api';
import { Alert, FormAlert } from '../components/alert';
import { Button } from '../components/button';
import { useDocumentTitle } from '../components/document-title';
import { SignInToAccept } from '../components/sign-in-to-accept';
import { errorsFromFailure, errorsOf, type FormResult, failed, validate } from '../forms';
import { forgetDeadLink, loadInvitationLink } from '../invitation-link';
import { forgetLinkToken, linkTokenKeys, readLinkToken } from '../link-token';

const acceptPath = '/programs/accept';
const key = linkTokenKeys.programInvitation;

export function acceptProgramLoader({ request }: { request: Request }) {
  return loadInvitationLink(request, key);
}

/** Joining lands the leader in "start a growth cycle", inside the program. */
export async function acceptProgramAction({ request }: { request: Request }) {
  const checked = validate(acceptProgramInvitationSchema, { token: readLinkToken(key) ?? '' }, []);
  if ('errors' in checked) return failed(checked.errors);
  try {
    const { workspaceId, programId } = await apiPost(
      '/api/program-invitations/accept',
      checked.data,
      programInvitationAcceptedSchema,
      { request },
    );
    forgetLinkToken(key);
    return redirect(
      `/workspaces/${encodeURIComponent(workspaceId)}/cycles/new?program=${encodeURIComponent(programId)}`,
    );
  } catch (error) {
    forgetDeadLink(error, key);
    return failed(errorsFromFailure(error, []));
  }
}

export function AcceptProgramPage() {
  useDocumentTitle('Join your program');
  const { user, hasToken } = useLoaderData() as { user: CurrentUser | null; hasToken: boolean };
  const errors = errorsOf(useActionData() as FormResult | undefined);
  const joining = useNavigation().state === 'submitting';
  if (!hasToken) {
    return (
      <>
        <h1>No invitation to accept</h1>
        <Alert tone="info">
          This page needs the link from your program invitation. Open that link again, exactly as you received
          it. If it has expired, ask the program's admin for a new one.
        </Alert>
        <div className="public-links">
          <Link to="/">Go to your workspaces</Link>
        </div>
      </>
    );
  }
  if (!user) {
    return <SignInToAccept kind="program" acceptPath={acceptPath} />;
  }
  return (
    <>
      <h1>Join your program</h1>
      <p className="lead">
        You are signed in as <strong>{user.name}</strong> ({user.email}). The invitation must be addressed to
        this email. After joining you start your growth cycle; what you write stays yours, and the program's
        admins see only figures about the whole cohort.
      </p>
      <Form method="post" className="form">
        <FormAlert message={errors.formError} />
        <Button type="submit" busy={joining} busyLabel="Joining…" className="button-block">
          Join the program
        </Button>
      </Form>
    </>
  );
}
