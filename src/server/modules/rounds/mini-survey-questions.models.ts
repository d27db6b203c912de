import { commitmentSentence } from '../../../shared/commitment-sentence';
import { followUpFrequencyOptions } from '../../../shared/follow-up';
import type { Competency } from '../../../shared/framework';
import type { Question } from '../../../shared/questions';

export const changeQuestionPrefix = 'change:';
export const followUpQuestionPrefix = 'followed-up:';
export const miniSurveyFeedforwardId = 'feedforward';

export type CommitmentToAsk = { id: string; situation: string; action: string };

/**
 * The commitment exactly as the leader wrote it, quoted and attributed, then the question. Rewriting
 * "I" into "they" made "they" point at the wrong person ("share my own deadlines with them" became
 * "share their own deadlines with them"); in the leader's own words every pronoun stays right.
 */
export function changeQuestionPrompt(commitment: CommitmentToAsk, leaderName: string): string {
  return `${leaderName} wrote: “${commitmentSentence(commitment)}” Has ${leaderName} become more or less effective at this?`;
}

/**
 * The mini-survey: for each active commitment, perceived change on -3..+3 ("not enough contact
 * to judge" allowed, never counted) and how often the leader followed up about it; then one
 * feedforward question. Question ids carry the commitment id, so results pair up without text.
 */
export function miniSurveyQuestions(
  commitments: readonly CommitmentToAsk[],
  competency: Competency,
  leaderName: string,
): Question[] {
  if (commitments.length === 0) throw new RangeError('A mini-survey asks about at least one commitment');
  return [
    ...commitments.flatMap((commitment): Question[] => [
      {
        id: `${changeQuestionPrefix}${commitment.id}`,
        kind: 'rating',
        prompt: changeQuestionPrompt(commitment, leaderName),
        min: -3,
        max: 3,
        minLabel: 'Less effective',
        maxLabel: 'More effective',
        unknownLabel: 'Not enough contact to judge',
        subject: commitment.id,
      },
      {
        id: `${followUpQuestionPrefix}${commitment.id}`,
        kind: 'choice',
        prompt: `How often has ${leaderName} followed up with you about this?`,
        options: followUpFrequencyOptions.map((option) => ({ ...option })),
      },
    ]),
    {
      id: miniSurveyFeedforwardId,
      kind: 'text',
      prompt: `One thing ${leaderName} could do next to get better at ${competency.name.toLowerCase()}`,
      maxLength: 600,
      required: true,
      feedforward: true,
    },
  ];
}
