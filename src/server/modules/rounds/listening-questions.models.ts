import type { Competency } from '../../../shared/framework';
import type { Question } from '../../../shared/questions';

export const experienceQuestionId = 'experience';
export const feedforwardQuestionIds = ['feedforward-1', 'feedforward-2'] as const;

const thirdPersonWords: Record<string, string> = {
  i: 'they',
  me: 'them',
  my: 'their',
  mine: 'theirs',
  myself: 'themselves',
  "i'm": "they're",
  "i've": "they've",
  am: 'are',
};

/** Behaviors are written for the leader ("…before I respond"); stakeholders read them about the leader. */
export function inThirdPerson(behavior: string): string {
  return behavior.replace(
    /\b(i'm|i've|myself|mine|my|me|i|am)\b/gi,
    (word) => thirdPersonWords[word.toLowerCase()] ?? word,
  );
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
        prompt: `How consistently does ${leaderName} ${inThirdPerson(behavior.text)}?`,
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
