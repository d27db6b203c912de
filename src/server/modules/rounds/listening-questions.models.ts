import type { Competency } from '../../../shared/framework';
import type { Question } from '../../../shared/questions';

export const experienceQuestionId = 'experience';
export const feedforwardQuestionIds = ['feedforward-1', 'feedforward-2'] as const;

const firstPerson = /\b(i|i'm|i’m|i've|i’ve|i'd|i’d|i'll|i’ll|me|my|mine|myself)\b/i;

/**
 * Behaviors are written to follow "I" ("let people finish speaking before I respond"). Turned into
 * "they", the pronoun could point at someone else ("before they respond": the people, or the
 * leader?), so a behavior that speaks of the leader is quoted in the leader's own voice instead.
 */
export function behaviorPrompt(behavior: string, leaderName: string): string {
  if (!firstPerson.test(behavior)) return `How consistently does ${leaderName} ${behavior}?`;
  return `How consistently does ${leaderName} do this: “I ${behavior}”?`;
}

/** The listening round: how working together feels, the competency's behaviors, and two feedforward ideas. */
export function listeningRoundQuestions(competency: Competency, leaderName: string): Question[] {
  return [
    {
      id: experienceQuestionId,
      kind: 'text',
      prompt: `How do you experience working with ${leaderName}?`,
      maxLength: 2000,
      required: false,
      feedforward: false,
    },
    ...competency.behaviors.map(
      (behavior): Question => ({
        id: `behavior:${behavior.key}`,
        kind: 'rating',
        prompt: behaviorPrompt(behavior.text, leaderName),
        min: 1,
        max: 5,
        minLabel: 'Rarely',
        maxLabel: 'Consistently',
        unknownLabel: "Don't know",
        subject: behavior.key,
      }),
    ),
    {
      id: feedforwardQuestionIds[0],
      kind: 'text',
      prompt: `One thing ${leaderName} could do in the future to get better at ${competency.name.toLowerCase()}`,
      maxLength: 600,
      required: true,
      feedforward: true,
    },
    {
      id: feedforwardQuestionIds[1],
      kind: 'text',
      prompt: 'Another suggestion for the future (optional)',
      maxLength: 600,
      required: false,
      feedforward: true,
    },
  ];
}
