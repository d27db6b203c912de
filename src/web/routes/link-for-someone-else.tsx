// i18n: not yet translated
import { Link } from 'react-router';
import { useDocumentTitle } from '../components/document-title';

/**
 * Where a leader lands on opening a link meant for one of the people they asked, while signed in:
 * the same page whether or not that person answered (the server decides before looking).
 */
export function LinkForSomeoneElsePage() {
  useDocumentTitle('This link is for someone you asked');
  return (
    <div className="page">
      <div className="page-heading">
        <h1>This link is for someone you asked</h1>
        <p className="lead">
          Each link belongs to one person, and their answer stays anonymous. Pass it on to them as it is.
        </p>
      </div>
      <section className="card section" aria-labelledby="why-heading">
        <h2 id="why-heading">Why it does not open for you</h2>
        <p>
          You are signed in as the leader of this round. The link does not say whether it has been used, and
          no one can answer in another person's place.
        </p>
        <div className="button-row">
          <Link className="button button-primary" to="/">
            Back to your workspaces
          </Link>
        </div>
      </section>
    </div>
  );
}
