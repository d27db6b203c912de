import { useRouteError } from 'react-router';
import { Button } from '../components/button';
import { useDocumentTitle } from '../components/document-title';
import { AnswerFrame, AnswerMessage } from './answer-frame';

/**
 * Anything unexpected still ends on a calm page with a way to try again, and no leader-only links.
 * Loaded with the first page, not with the answer page, so it also catches that page failing to load.
 */
export function AnswerErrorBoundary() {
  useRouteError();
  useDocumentTitle('Something went wrong');
  return (
    <AnswerFrame>
      <AnswerMessage title="Something went wrong">
        <p className="lead">The page could not be shown. Check your connection, then try again.</p>
        <div className="button-row">
          <Button onClick={() => window.location.reload()}>Try again</Button>
        </div>
      </AnswerMessage>
    </AnswerFrame>
  );
}
