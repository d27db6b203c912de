import { useRouteError } from 'react-router';
import { AnswerFailed } from './answer-failed';

/**
 * Anything unexpected still ends on a calm page with a way to try again, and no leader-only links.
 * Loaded with the first page, not with the answer page, so it also catches that page failing to load.
 */
export function AnswerErrorBoundary() {
  useRouteError();
  return <AnswerFailed />;
}
