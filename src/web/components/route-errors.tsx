// i18n: not yet translated
import { isRouteErrorResponse, Link, useRouteError } from 'react-router';
import { ApiError } from '../api';
import { Brand } from './brand';
import { Button } from './button';
import { useDocumentTitle } from './document-title';

type Explanation = { title: string; message: string; canRetry: boolean };

function explain(error: unknown): Explanation {
  if (error instanceof ApiError) {
    if (error.status === 404) return { title: 'Not found', message: error.message, canRetry: false };
    if (error.status === 403) return { title: 'Not allowed', message: error.message, canRetry: false };
    return { title: 'That did not work', message: error.message, canRetry: true };
  }
  if (isRouteErrorResponse(error) && error.status === 404) {
    return {
      title: 'Page not found',
      message: 'There is nothing at this address. It may have moved, or the link may be mistyped.',
      canRetry: false,
    };
  }
  return {
    title: 'Something went wrong',
    message: 'The page could not be shown. Reload to try again; if it keeps happening, tell your admin.',
    canRetry: true,
  };
}

function ErrorContent() {
  const { title, message, canRetry } = explain(useRouteError());
  useDocumentTitle(title);
  return (
    <div className="error-view">
      <h1>{title}</h1>
      <p className="lead">{message}</p>
      <div className="button-row">
        {canRetry ? <Button onClick={() => window.location.reload()}>Try again</Button> : null}
        <Link className={canRetry ? 'button button-secondary' : 'button button-primary'} to="/">
          Go to your workspaces
        </Link>
      </div>
    </div>
  );
}

/** Inside a layout: the header and navigation stay, so the person can go elsewhere. */
export function PageErrorBoundary() {
  return <ErrorContent />;
}

/** When even the layout could not load, a minimal frame of its own. */
export function RootErrorBoundary() {
  return (
    <>
      <header className="public-header">
        <Brand />
      </header>
      <main id="main" className="public-main">
        <div className="card public-card">
          <ErrorContent />
        </div>
      </main>
    </>
  );
}
