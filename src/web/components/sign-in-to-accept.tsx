// i18n: not yet translated
import { Link } from 'react-router';
import { withReturnPath } from '../return-path';

type Props = { heading: string; verb: string; acceptPath: string };

/**
 * What a signed-out visitor holding an invitation link sees: sign in or create an account with the
 * invited address, and come back to `acceptPath` to finish (the link's token waits in the tab).
 */
export function SignInToAccept({ heading, verb, acceptPath }: Props) {
  return (
    <>
      <h1>{heading}</h1>
      <p className="lead">
        To {verb}, sign in with the email address this invitation was sent to, or create an account with it.
        We will bring you back here to finish.
      </p>
      <div className="button-row">
        <Link className="button button-primary" to={withReturnPath('/sign-up', acceptPath)}>
          Create an account
        </Link>
        <Link className="button button-secondary" to={withReturnPath('/sign-in', acceptPath)}>
          Sign in
        </Link>
      </div>
    </>
  );
}
