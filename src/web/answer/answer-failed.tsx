import { Button } from '../components/button';
import { useDocumentTitle } from '../components/document-title';
import { AnswerFrame, AnswerMessage } from './answer-frame';

/** A calm page with a way to try again and no leader-only links; kept apart from the router's boundary. */
export function AnswerFailed() {
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
