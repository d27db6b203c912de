import { isRouteErrorResponse, Link, useRouteError } from 'react-router';
import { ApiError } from '../api';
import { useCommonText } from '../i18n/common-text';
import { Brand } from './brand';
import { Button } from './button';
import { useDocumentTitle } from './document-title';

type Explanation = { title: string; message: string; canRetry: boolean };
type CommonText = ReturnType<typeof useCommonText>;

// The API's own message says what went wrong (server texts are not translated here); the title is ours.
function explain(error: unknown, t: CommonText): Explanation {
  if (error instanceof ApiError) {
    if (error.status === 404) return { title: t('error.notFound'), message: error.message, canRetry: false };
    if (error.status === 403)
      return { title: t('error.notAllowed'), message: error.message, canRetry: false };
    return { title: t('error.failed'), message: error.message, canRetry: true };
  }
  if (isRouteErrorResponse(error) && error.status === 404) {
    return {
      title: t('error.pageNotFound.title'),
      message: t('error.pageNotFound.message'),
      canRetry: false,
    };
  }
  return { title: t('error.unexpected.title'), message: t('error.unexpected.message'), canRetry: true };
}

function ErrorContent() {
  const t = useCommonText();
  const { title, message, canRetry } = explain(useRouteError(), t);
  useDocumentTitle(title);
  return (
    <div className="error-view">
      <h1>{title}</h1>
      <p className="lead">{message}</p>
      <div className="button-row">
        {canRetry ? <Button onClick={() => window.location.reload()}>{t('error.retry')}</Button> : null}
        <Link className={canRetry ? 'button button-secondary' : 'button button-primary'} to="/">
          {t('error.toWorkspaces')}
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
