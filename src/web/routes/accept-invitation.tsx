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
import { richText } from '../i18n/rich-text';
import { forgetDeadLink, loadInvitationLink } from '../invitation-link';
import { forgetLinkToken, linkTokenKeys, readLinkToken } from '../link-token';
import { useWorkspaceText, workspaceText } from '../workspace/workspace-text';

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
    setFlash(workspaceText('accept.welcome'));
    return redirect(`/workspaces/${encodeURIComponent(workspaceId)}`);
  } catch (error) {
    forgetDeadLink(error, linkTokenKeys.invitation);
    return failed(errorsFromFailure(error, []));
  }
}

type LoaderData = { user: CurrentUser | null; hasToken: boolean };

export function AcceptInvitationPage() {
  const t = useWorkspaceText();
  useDocumentTitle(t('accept.title'));
  const { user, hasToken } = useLoaderData() as LoaderData;
  if (!hasToken) return <MissingInvitation />;
  if (!user) return <SignInToAccept kind="organization" acceptPath={acceptPath} />;
  return <AcceptAsUser user={user} />;
}

function MissingInvitation() {
  const t = useWorkspaceText();
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

function AcceptAsUser({ user }: { user: CurrentUser }) {
  const t = useWorkspaceText();
  const result = useActionData() as FormResult | undefined;
  const errors = errorsOf(result);
  const navigation = useNavigation();
  const accepting = navigation.state === 'submitting' && navigation.formAction === acceptPath;
  const form = useRef<HTMLFormElement>(null);
  useFocusFirstError(form, errors);

  return (
    <>
      <h1>{t('accept.title')}</h1>
      <p className="lead">
        {richText(t('accept.signedInAs', { name: user.name, email: user.email }), {
          strong: (chunk) => <strong>{chunk}</strong>,
        })}
      </p>
      <Form method="post" ref={form} className="form">
        <FormAlert message={errors.formError} />
        <Button type="submit" busy={accepting} busyLabel={t('accept.joining')} className="button-block">
          {t('accept.submit')}
        </Button>
      </Form>
      <Form method="post" action="/sign-out" className="form-footnote">
        <input type="hidden" name="next" value={acceptPath} />
        <p>
          {richText(t('accept.notYou', { email: user.email }), {
            signOut: (chunk) => (
              <button type="submit" className="link-button">
                {chunk}
              </button>
            ),
          })}
        </p>
      </Form>
    </>
  );
}
