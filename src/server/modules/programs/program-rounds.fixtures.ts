import { followUpFrequencyOptions } from '../../../shared/follow-up';
import type { Question } from '../../../shared/questions';
import type { Repositories } from '../../repositories';
import { storeClosedRound } from '../progress/closed-round.fixtures';
import { changeQuestion } from '../progress/progress.fixtures';

/**
 * A released listening round and a released mini-survey for a program leader's cycle: three
 * stakeholders rate the change `change` and say they were followed up with `followedUp`.
 */
export async function releasedMiniSurvey(
  repos: Repositories,
  cycleId: string,
  { change, followedUp }: { change: number; followedUp: (typeof followUpFrequencyOptions)[number]['value'] },
) {
  const questions: Question[] = [
    changeQuestion('c1'),
    {
      id: 'followed-up:c1',
      kind: 'choice',
      prompt: 'How often?',
      options: followUpFrequencyOptions.map((o) => ({ ...o })),
    },
  ];
  const answers = Array.from(
    { length: 3 },
    () => ['peer', { 'change:c1': change, 'followed-up:c1': followedUp }] as const,
  );
  await storeClosedRound(repos, {
    cycleId,
    kind: 'listening',
    questions,
    answers: answers.map(([g, a]) => [g, a]),
    closedAt: '2026-03-10T12:00:00.000Z',
  });
  await storeClosedRound(repos, {
    cycleId,
    kind: 'mini_survey',
    questions,
    answers: answers.map(([g, a]) => [g, a]),
    closedAt: '2026-05-10T12:00:00.000Z',
  });
  await repos.cycles.update(cycleId, { stage: 'practice' });
}
