import { Form, Link, redirect, useActionData, useLoaderData, useNavigation } from 'react-router';
import type { CurrentUser } from '../../shared/accounts';
import { acceptCoachingSchema, coachingAcceptedSchema } from '../../shared/coaching';
import { ApiError, apiPost } from '../api';
import { coacheePath } from '../coaching/coaching-data';
import { coachingText, useCoachingText } from '../coaching/coaching-text';
import { Alert, FormAlert } from '../components/alert';
import { Button } from '../components/button';
import { useDocumentTitle } from '../components/document-title';
import { SignInToAccept } from '../components/sign-in-to-accept';
import { setFlash } from '../flash';
import { failed, validate } from '../forms';
import { richText } from '../i18n/rich-text';
import { forgetDeadLink, loadInvitationLink } from '../invitation-link';
import { forgetLinkToken, linkTokenKeys, readLinkToken } from '../link-token';

const acceptPath = '/coaching/accept';
const key = linkTokenKeys.coachingInvitation;

/** linkDead: used, expired or unknown, so the link is forgotten and not offered again. */
type AcceptFailure = { ok: false; message: string; wrongAccount: boolean; linkDead: boolean };

export function coachAcceptLoader({ request }: { request: Request }) {
  return loadInvitationLink(request, key);
}

/** Accepting opens the coachee's page; a link for another address can still be used after switching. */
export async function coachAcceptAction({ request }: { request: Request }) {
  const checked = validate(acceptCoachingSchema, { token: readLinkToken(key) ?? '' }, []);
  if ('errors' in checked) return failed(checked.errors);
  try {
    const { coachingId } = await apiPost('/api/coaching/accept', checked.data, coachingAcceptedSchema, {
      request,
    });
    forgetLinkToken(key);
    setFlash(coachingText('accept.done'));
    return redirect(coacheePath(coachingId));
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    // A used, expired or unknown link never works; one for another address works after signing in with it.
    const wrongAccount = error.status === 403;
    const linkDead = forgetDeadLink(error, key);
    return { ok: false, message: error.message, wrongAccount, linkDead } satisfies AcceptFailure;
  }
}

export function CoachAcceptPage() {
  const t = useCoachingText();
  useDocumentTitle(t('accept.title'));
  const { user, hasToken } = useLoaderData() as { user: CurrentUser | null; hasToken: boolean };
  const result = useActionData() as AcceptFailure | { ok: false; errors: { formError?: string } } | undefined;
  const accepting = useNavigation().state === 'submitting';
  const failure = result && 'message' in result ? result : null;
  const formError = failure?.message ?? (result && 'errors' in result ? result.errors.formError : undefined);
  if (!hasToken && !failure) {
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
    return <SignInToAccept kind="coach" acceptPath={acceptPath} />;
  }
  return (
    <>
      <h1>{t('accept.title')}</h1>
      <p className="lead">
        {richText(t('accept.signedInAs', { name: user.name, email: user.email }), {
          strong: (chunk) => <strong>{chunk}</strong>,
        })}
      </p>
      {failure?.linkDead || !hasToken ? (
        <>
          <FormAlert message={formError} />
          <div className="public-links">
            <Link to="/">{t('accept.toWorkspaces')}</Link>
          </div>
        </>
      ) : (
        <Form method="post" className="form">
          <FormAlert message={formError} />
          <Button type="submit" busy={accepting} busyLabel={t('accept.accepting')} className="button-block">
            {t('accept.submit')}
          </Button>
        </Form>
      )}
      {failure?.wrongAccount ? (
        <Form method="post" action="/sign-out" className="form">
          <input type="hidden" name="next" value={acceptPath} />
          <Button type="submit" variant="secondary">
            {t('accept.switch')}
          </Button>
        </Form>
      ) : null}
    </>
  );
}
