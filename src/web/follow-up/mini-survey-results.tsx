// i18n: not yet translated
import type { ChangeSummary } from '../../shared/follow-up';
import type { Question } from '../../shared/questions';
import { formatChange, formatShare, realProgressLabel } from './follow-up-data';

type MiniSurveyResultsProps = { summaries: ChangeSummary[]; questions: Question[]; k: number };

/** "‹leader› wrote: “When …, I will ….” Has ‹leader› become …?" → the behavior as the leader wrote it. */
export function behaviorOf(questions: Question[], questionId: string): string {
  const prompt = questions.find((question) => question.id === questionId)?.prompt ?? '';
  return /“(.+)”/.exec(prompt)?.[1] ?? prompt;
}

/** Where a -3..+3 mean sits on the track, as a share of its width from the middle (0). */
const halfWidth = (mean: number) => `${(Math.min(Math.abs(mean), 3) / 3) * 50}%`;

/**
 * Per commitment, the mini-survey's headline: the mean change, the share at +1 or better, and the mark
 * of real progress (a mean above +1). A figure with fewer than k ratings stays hidden and says why.
 */
export function MiniSurveyResults({ summaries, questions, k }: MiniSurveyResultsProps) {
  return (
    <section className="card section" aria-labelledby="change-heading">
      <h2 id="change-heading">Perceived change, per behavior</h2>
      <p className="muted">
        People rated whether you became less (−3) or more (+3) effective, 0 being no change. “Not enough
        contact to judge” is not counted, and a figure appears only when at least {k} people rated. The line
        at +1 marks real progress.
      </p>
      <ul className="change-list" aria-label="Perceived change per behavior">
        {summaries.map((summary) => (
          <li key={summary.questionId} className="change-item">
            <p className="change-behavior">{behaviorOf(questions, summary.questionId)}</p>
            {summary.hidden ? (
              <p className="bar-value-missing">
                Hidden: fewer than {k} people rated this change, so showing it could single someone out.
              </p>
            ) : (
              <ChangeHeadline summary={summary} />
            )}
            {summary.followUp ? (
              <p className="change-follow-up">
                How often you followed up:{' '}
                {summary.followUp.options.map((option) => `${option.label} ${option.count}`).join(' · ')}
              </p>
            ) : (
              <p className="change-follow-up">How often you followed up: hidden, fewer than {k} answers.</p>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

function ChangeHeadline({ summary }: { summary: Extract<ChangeSummary, { hidden: false }> }) {
  const positive = summary.mean >= 0;
  return (
    <div className="change-headline">
      <p className="change-figures">
        <span className="change-mean">{formatChange(summary.mean)}</span>
        <span className="change-detail">
          mean of {summary.n} ratings · <strong>{formatShare(summary.shareImproved)}</strong> at +1 or better
        </span>
        {summary.realProgress ? <span className="progress-mark">{realProgressLabel}</span> : null}
      </p>
      <div className="change-track" aria-hidden="true">
        <span className="change-zero" />
        <span className="change-goal" />
        <span
          className={positive ? 'change-fill change-fill-up' : 'change-fill change-fill-down'}
          style={
            positive
              ? { left: '50%', width: halfWidth(summary.mean) }
              : { right: '50%', width: halfWidth(summary.mean) }
          }
        />
      </div>
      <div className="change-scale" aria-hidden="true">
        <span>−3</span>
        <span>0</span>
        <span>+3</span>
      </div>
    </div>
  );
}
