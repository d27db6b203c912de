import { Button } from '../components/button';
import { useDocumentTitle } from '../components/document-title';
import { AnswerFrame, AnswerMessage } from './answer-frame';
import { useAnswerLanguage } from './answer-language';

/** A calm page with a way to try again and no leader-only links; kept apart from the router's boundary. */
export function AnswerFailed() {
  const { t } = useAnswerLanguage();
  useDocumentTitle(t('failed.title'));
  return (
    <AnswerFrame>
      <AnswerMessage title={t('failed.title')}>
        <p className="lead">{t('failed.body')}</p>
        <div className="button-row">
          <Button onClick={() => window.location.reload()}>{t('failed.retry')}</Button>
        </div>
      </AnswerMessage>
    </AnswerFrame>
  );
}
