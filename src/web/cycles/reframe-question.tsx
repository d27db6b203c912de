// i18n: not yet translated
import { Button } from '../components/button';

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
  return (
    <>
      <div className="recap">
        <p className="recap-label">You wrote</p>
        <blockquote className="recap-text">{problem}</blockquote>
        <Button variant="quiet" onClick={onEdit}>
          Edit
        </Button>
      </div>
      {question ? (
        <aside className="callout" aria-labelledby="reframe-question-heading">
          <h3 id="reframe-question-heading">A question to sit with</h3>
          <p className="callout-question">{question}</p>
          <p className="muted">
            What others do is often a response to what we do. The capability you choose is about your own
            part, the one thing you can change directly.
          </p>
        </aside>
      ) : (
        <p>Which capability, if you got better at it, would do the most to change this?</p>
      )}
    </>
  );
}
