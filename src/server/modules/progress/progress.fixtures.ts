import type { Answers, Question, RatingQuestion, RelationshipGroup } from '../../../shared/questions';
import { invitedOf } from '../rounds/release.fixtures';
import { releaseRoundResults } from '../rounds/release.models';

export const k = 3;

/** A mini-survey's -3..+3 change question about one commitment, as the round snapshots it. */
export function changeQuestion(commitmentId: string): RatingQuestion {
  return {
    id: `change:${commitmentId}`,
    kind: 'rating',
    prompt: 'Has Lee become more or less effective at this?',
    min: -3,
    max: 3,
    minLabel: 'Much less effective',
    maxLabel: 'Much more effective',
    unknownLabel: 'Not enough contact to judge',
    subject: commitmentId,
  };
}

export function behaviorQuestion(behaviorKey: string): RatingQuestion {
  return { ...changeQuestion(behaviorKey), id: `behavior:${behaviorKey}`, min: 1, max: 5 };
}

/** Answers as [group, { questionId: value }]; released through the real anonymity rules. */
export function releasedRound(questions: Question[], answers: [RelationshipGroup, Answers][]) {
  const responses = answers.map(([group, given]) => ({ group, namedManager: false, answers: given }));
  return releaseRoundResults(
    { status: 'closed', questions, invited: invitedOf(responses), responses },
    k,
    () => 0,
  );
}

export const timing = {
  id: 'round-1',
  openedAt: '2026-03-01T09:00:00.000Z',
  closesOn: '2026-03-14',
  closedAt: '2026-03-12T16:30:00.000Z',
};
