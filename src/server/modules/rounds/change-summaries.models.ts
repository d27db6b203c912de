import type { ChangeSummary } from '../../../shared/follow-up';
import { summarizePerceivedChange } from './change-summary.models';
import { releaseChoiceResult } from './choice-results.models';
import { changeQuestionPrefix, followUpQuestionPrefix } from './mini-survey-questions.models';
import { ratingValueOf } from './rating-results.models';
import type { RoundForRelease } from './round-responses.models';

/**
 * The mini-survey headline per commitment, over anonymous responses of a released round only
 * (the caller checks release). A named manager's answer stays out, as it does from every figure.
 */
export function releaseChangeSummaries(round: RoundForRelease, k: number): ChangeSummary[] {
  const anonymous = round.responses.filter(({ namedManager }) => !namedManager);
  return round.questions.flatMap((question): ChangeSummary[] => {
    if (question.kind !== 'rating' || !question.id.startsWith(changeQuestionPrefix)) return [];
    const followUpId = `${followUpQuestionPrefix}${question.id.slice(changeQuestionPrefix.length)}`;
    const followUpQuestion = round.questions.find(
      (candidate) => candidate.id === followUpId && candidate.kind === 'choice',
    );
    const followUp =
      followUpQuestion?.kind === 'choice' ? releaseChoiceResult(followUpQuestion, anonymous, k).figure : null;
    const headline = summarizePerceivedChange(
      anonymous.map(({ answers }) => ratingValueOf(question, answers[question.id])),
      k,
    );
    const common = {
      questionId: question.id,
      subject: question.subject,
      followUpQuestionId: followUpQuestion ? followUpId : null,
      followUp,
    };
    return [headline ? { ...common, hidden: false, ...headline } : { ...common, hidden: true }];
  });
}
