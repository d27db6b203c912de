import type { Competency } from '../../../shared/framework';
import { questionsText } from '../../../shared/i18n/catalogs/questions';
import type { Locale } from '../../../shared/i18n/locales';
import type { Question } from '../../../shared/questions';
import { competencyInSentence } from './question-wording.models';

export const experienceQuestionId = 'experience';
export const feedforwardQuestionIds = ['feedforward-1', 'feedforward-2'] as const;

const firstPerson = /\b(i|i'm|i’m|i've|i’ve|i'd|i’d|i'll|i’ll|me|my|mine|myself)\b/i;

/**
 * Behaviors are written to follow "I" ("let people finish speaking before I respond"). Turned into
 * "they", the pronoun could point at someone else ("before they respond": the people, or the
 * leader?), so a behavior that speaks of the leader is quoted in the leader's own voice instead.
 */
export function behaviorPrompt(behavior: string, leaderName: string, locale: Locale = 'en'): string {
  const t = questionsText(locale);
  const values = { leader: leaderName, behavior };
  return firstPerson.test(behavior) ? t('behaviorQuoted', values) : t('behavior', values);
}

/** The listening round: how working together feels, the competency's behaviors, and two feedforward ideas. */
export function listeningRoundQuestions(
  competency: Competency,
  leaderName: string,
  locale: Locale = 'en',
): Question[] {
  const t = questionsText(locale);
  const leader = leaderName;
  return [
    {
      id: experienceQuestionId,
      kind: 'text',
      prompt: t('experience', { leader }),
      maxLength: 2000,
      required: false,
      feedforward: false,
    },
    ...competency.behaviors.map(
      (behavior): Question => ({
        id: `behavior:${behavior.key}`,
        kind: 'rating',
        prompt: behaviorPrompt(behavior.text, leaderName, locale),
        min: 1,
        max: 5,
        minLabel: t('rating.rarely'),
        maxLabel: t('rating.consistently'),
        unknownLabel: t('rating.dontKnow'),
        subject: behavior.key,
      }),
    ),
    {
      id: feedforwardQuestionIds[0],
      kind: 'text',
      prompt: t('feedforward.first', { leader, competency: competencyInSentence(competency, locale) }),
      maxLength: 600,
      required: true,
      feedforward: true,
    },
    {
      id: feedforwardQuestionIds[1],
      kind: 'text',
      prompt: t('feedforward.another'),
      maxLength: 600,
      required: false,
      feedforward: true,
    },
  ];
}
