import { Form, Link, redirect, useActionData, useLoaderData, useNavigation } from 'react-router';
import type { CurrentUser } from '../../shared/accounts';
import { acceptProgramInvitationSchema, programInvitationAcceptedSchema } from '../../shared/programs';
import { apiPost } from '../api';
import { Alert, FormAlert } from '../components/alert';
import { Button } from '../components/button';
import { useDocumentTitle } from '../components/document-title';
import { SignInToAccept } from '../components/sign-in-to-accept';
import { errorsFromFailure, errorsOf, type FormResult, failed, validate } from '../forms';
import { richText } from '../i18n/rich-text';
import { forgetDeadLink, loadInvitationLink } from '../invitation-link';
import { forgetLinkToken, linkTokenKeys, readLinkToken } from '../link-token';
import { useProgramsText } from '../programs/programs-text';

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
  const t = useProgramsText();
  useDocumentTitle(t('accept.title'));
  const { user, hasToken } = useLoaderData() as { user: CurrentUser | null; hasToken: boolean };
  const errors = errorsOf(useActionData() as FormResult | undefined);
  const joining = useNavigation().state === 'submitting';
  if (!hasToken) {
    return (
      <>
        <h1>{t('accept.noInvitation')}</h1>
        <Alert tone="info">{t('accept.needsLink')}</Alert>
        <div className="public-links">
          <Link to="/">{t('accept.toWorkspaces')}</Link>
        </div>
      </>
    );
  }
  if (!user) {
    return <SignInToAccept kind="program" acceptPath={acceptPath} />;
  }
  return (
    <>
      <h1>{t('accept.title')}</h1>
      <p className="lead">
        {richText(t('accept.signedInAs', { name: user.name, email: user.email }), {
          strong: (chunk) => <strong>{chunk}</strong>,
        })}
      </p>
      <Form method="post" className="form">
        <FormAlert message={errors.formError} />
        <Button type="submit" busy={joining} busyLabel={t('accept.joining')} className="button-block">
          {t('accept.join')}
        </Button>
      </Form>
    </>
  );
}
