import { Button } from '../components/button';
import { useCyclesText } from './cycles-text';

/** The problem as the leader wrote it, and the reframing assistant's gentle question when it has one. */
export function ReframeQuestion({
  problem,
  question,
  onEdit,
}: {
  problem: string;
  question: string | null;
  onEdit: () => void;
}) {
  const t = useCyclesText();
  return (
    <>
      <div className="recap">
        <p className="recap-label">{t('reframe.youWrote')}</p>
        <blockquote className="recap-text">{problem}</blockquote>
        <Button variant="quiet" onClick={onEdit}>
          {t('reframe.edit')}
        </Button>
      </div>
      {question ? (
        <aside className="callout" aria-labelledby="reframe-question-heading">
          <h3 id="reframe-question-heading">{t('reframe.questionHeading')}</h3>
          <p className="callout-question">{question}</p>
          <p className="muted">{t('reframe.ownPart')}</p>
        </aside>
      ) : (
        <p>{t('reframe.whichCapability')}</p>
      )}
    </>
  );
}
