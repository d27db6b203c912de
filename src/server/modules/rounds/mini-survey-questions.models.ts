import { actionPart, situationPart } from '../../../shared/commitment-sentence';
import { followUpFrequencyOptions } from '../../../shared/follow-up';
import type { Competency } from '../../../shared/framework';
import { questionsText } from '../../../shared/i18n/catalogs/questions';
import type { Locale } from '../../../shared/i18n/locales';
import type { Question } from '../../../shared/questions';
import { competencyInSentence } from './question-wording.models';

export const changeQuestionPrefix = 'change:';
export const followUpQuestionPrefix = 'followed-up:';
export const miniSurveyFeedforwardId = 'feedforward';

export type CommitmentToAsk = { id: string; situation: string; action: string };

/**
 * The commitment exactly as the leader wrote it, quoted and attributed, then the question. Rewriting
 * "I" into "they" made "they" point at the wrong person ("share my own deadlines with them" became
 * "share their own deadlines with them"); in the leader's own words every pronoun stays right.
 */
export function changeQuestionPrompt(
  commitment: CommitmentToAsk,
  leaderName: string,
  locale: Locale = 'en',
): string {
  const t = questionsText(locale);
  const situation = situationPart(commitment.situation);
  const sentence = t('mini.commitment', { situation, action: actionPart(commitment.action) });
  return t('mini.change', { leader: leaderName, commitment: sentence });
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
  locale: Locale = 'en',
): Question[] {
  if (commitments.length === 0) throw new RangeError('A mini-survey asks about at least one commitment');
  const t = questionsText(locale);
  const leader = leaderName;
  return [
    ...commitments.flatMap((commitment): Question[] => [
      {
        id: `${changeQuestionPrefix}${commitment.id}`,
        kind: 'rating',
        prompt: changeQuestionPrompt(commitment, leaderName, locale),
        min: -3,
        max: 3,
        minLabel: t('mini.less'),
        maxLabel: t('mini.more'),
        unknownLabel: t('mini.notEnoughContact'),
        subject: commitment.id,
      },
      {
        id: `${followUpQuestionPrefix}${commitment.id}`,
        kind: 'choice',
        prompt: t('mini.followUp', { leader }),
        options: followUpFrequencyOptions.map(({ value }) => ({ value, label: t(`followUp.${value}`) })),
      },
    ]),
    {
      id: miniSurveyFeedforwardId,
      kind: 'text',
      prompt: t('mini.feedforward', { leader, competency: competencyInSentence(competency, locale) }),
      maxLength: 600,
      required: true,
      feedforward: true,
    },
  ];
}
