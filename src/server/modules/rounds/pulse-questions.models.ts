import type { Competency } from '../../../shared/framework';
import type { Question } from '../../../shared/questions';

export const pulseQuestionIds = { progress: 'progress', next: 'next' } as const;

/** The monthly check-in: what progress people have seen, and what the leader should do next. */
export function pulseRoundQuestions(competency: Competency, leaderName: string): Question[] {
  return [
    {
      id: pulseQuestionIds.progress,
      kind: 'text',
      prompt: `What progress have you seen in ${leaderName}'s ${competency.name.toLowerCase()} since last time?`,
      maxLength: 2000,
      required: false,
      feedforward: false,
    },
    {
      id: pulseQuestionIds.next,
      kind: 'text',
      prompt: `What should ${leaderName} do next?`,
      maxLength: 600,
      required: true,
      feedforward: true,
    },
  ];
}
