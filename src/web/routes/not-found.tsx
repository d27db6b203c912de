// i18n: not yet translated
import { Link } from 'react-router';
import { useDocumentTitle } from '../components/document-title';

export function NotFoundPage() {
  useDocumentTitle('Page not found');
  return (
    <>
      <h1>Page not found</h1>
      <p className="lead">
        There is nothing at this address. It may have moved, or the link may be mistyped.
      </p>
      <div className="public-links">
        <Link to="/">Go to your workspaces</Link>
      </div>
    </>
  );
}
