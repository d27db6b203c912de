import type { ChangeSummary } from '../../shared/follow-up';
import type { Question } from '../../shared/questions';
import { richText } from '../i18n/rich-text';
import { formatChange, formatShare, realProgressLabel } from './follow-up-data';
import { useFollowUpText } from './follow-up-text';

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
  const t = useFollowUpText();
  return (
    <section className="card section" aria-labelledby="change-heading">
      <h2 id="change-heading">{t('change.heading')}</h2>
      <p className="muted">{t('change.explained', { k })}</p>
      <ul className="change-list" aria-label={t('change.listLabel')}>
        {summaries.map((summary) => (
          <li key={summary.questionId} className="change-item">
            <p className="change-behavior">{behaviorOf(questions, summary.questionId)}</p>
            {summary.hidden ? (
              <p className="bar-value-missing">{t('change.hidden', { k })}</p>
            ) : (
              <ChangeHeadline summary={summary} />
            )}
            {summary.followUp ? (
              <p className="change-follow-up">
                {t('change.followedUp', {
                  counts: summary.followUp.options
                    .map((option) => t('change.optionCount', { option: option.label, count: option.count }))
                    .join(' · '),
                })}
              </p>
            ) : (
              <p className="change-follow-up">{t('change.followedUpHidden', { k })}</p>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

function ChangeHeadline({ summary }: { summary: Extract<ChangeSummary, { hidden: false }> }) {
  const t = useFollowUpText();
  const positive = summary.mean >= 0;
  return (
    <div className="change-headline">
      <p className="change-figures">
        <span className="change-mean">{formatChange(summary.mean)}</span>
        <span className="change-detail">
          {richText(t('change.detail', { count: summary.n, share: formatShare(summary.shareImproved) }), {
            strong: (chunk) => <strong>{chunk}</strong>,
          })}
        </span>
        {summary.realProgress ? <span className="progress-mark">{realProgressLabel()}</span> : null}
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
