import { Link } from 'react-router';
import { useCommonText } from '../i18n/common-text';
import { withReturnPath } from '../return-path';

/** What the invitation is to: an organization and a program are joined, a coaching request accepted. */
type Invitation = 'organization' | 'program' | 'coach';

type Props = { kind: Invitation; acceptPath: string };

/**
 * What a signed-out visitor holding an invitation link sees: sign in or create an account with the
 * invited address, and come back to `acceptPath` to finish (the link's token waits in the tab).
 */
export function SignInToAccept({ kind, acceptPath }: Props) {
  const t = useCommonText();
  return (
    <>
      <h1>{t('signInToAccept.heading', { kind })}</h1>
      <p className="lead">{t('signInToAccept.lead', { kind })}</p>
      <div className="button-row">
        <Link className="button button-primary" to={withReturnPath('/sign-up', acceptPath)}>
          {t('signInToAccept.signUp')}
        </Link>
        <Link className="button button-secondary" to={withReturnPath('/sign-in', acceptPath)}>
          {t('signInToAccept.signIn')}
        </Link>
      </div>
    </>
  );
}
