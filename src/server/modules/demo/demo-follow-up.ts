import type { CurrentUser } from '../../../shared/accounts';
import type { Answers } from '../../../shared/questions';
import type { AppDeps } from '../../deps';
import { closeRound, openedRightAway, openRound, sendThankYou } from '../rounds';
import {
  changeQuestionPrefix,
  followUpQuestionPrefix,
  miniSurveyFeedforwardId,
} from '../rounds/public.models';
import { answerAs } from './demo-listening';
import { type DemoStory, depsAt } from './demo-story';

type Seen = { change: number | null; followedUp: 'never' | 'once' | 'a_few_times' | 'regularly' };

/**
 * How each person saw the two behaviors change. Mostly better; the peers have no one-to-ones
 * with the leader and say so, and the manager sees no change there yet. Overall the mean is
 * just above +1, the mark of real progress. Six people, three of them direct reports, let the
 * first behavior's figures be shown for direct reports and for the others (k = 3 each), which
 * is what colors the relationships map.
 */
const seenBy: Record<string, { behaviors: [Seen, Seen]; next: string }> = {
  'Priya Patel': {
    behaviors: [
      { change: 2, followedUp: 'a_few_times' },
      { change: 2, followedUp: 'regularly' },
    ],
    next: 'Ask the same question in planning, not only in our one-to-ones.',
  },
  'Tom Becker': {
    behaviors: [
      { change: 1, followedUp: 'a_few_times' },
      { change: 2, followedUp: 'a_few_times' },
    ],
    next: 'When you do give advice, say which part is only a suggestion.',
  },
  'Lena Novak': {
    behaviors: [
      { change: 2, followedUp: 'regularly' },
      { change: 1, followedUp: 'once' },
    ],
    next: 'Keep summarizing at the end of design reviews; it helps the quieter people.',
  },
  'Omar Haddad': {
    behaviors: [
      { change: 1, followedUp: 'once' },
      { change: null, followedUp: 'never' },
    ],
    next: 'Try the same questions in cross-team incidents.',
  },
  'Sofia Rossi': {
    behaviors: [
      { change: 1, followedUp: 'a_few_times' },
      { change: null, followedUp: 'never' },
    ],
    next: 'Ask the platform team how a change lands for them before we decide it.',
  },
  'Grace Kim': {
    behaviors: [
      { change: 1, followedUp: 'once' },
      { change: 0, followedUp: 'once' },
    ],
    next: 'Bring me the problems your team now raises early, so we can talk about them.',
  },
};

/**
 * Ten days ago the leader asked the same six people whether they see a change; everyone
 * answered within the week and the leader closed the survey on its last day.
 */
export async function seedMiniSurvey(
  deps: AppDeps,
  user: CurrentUser,
  cycle: { cycleId: string; stakeholderIds: string[] },
  commitmentIds: readonly string[],
  story: DemoStory,
) {
  const { miniSurvey } = story;
  const { roundId, links } = openedRightAway(
    await openRound(depsAt(deps, miniSurvey.opens), user, cycle.cycleId, {
      kind: 'mini_survey',
      intro: 'Six weeks ago I asked how I could listen better. Have you noticed any change since?',
      closesOn: miniSurvey.closesOn,
      stakeholderIds: cycle.stakeholderIds,
    }),
  );
  const byName = [...links].sort((a, b) => a.name.localeCompare(b.name));
  await answerAs(deps, byName, miniSurvey.answeredAt, (name) => {
    const seen = seenBy[name];
    if (!seen) throw new Error(`The demo has no mini-survey answers for ${name}`);
    const answers: Answers = { [miniSurveyFeedforwardId]: seen.next };
    for (const [position, commitmentId] of commitmentIds.entries()) {
      const { change, followedUp } = seen.behaviors[position] as Seen;
      answers[`${changeQuestionPrefix}${commitmentId}`] = change;
      answers[`${followUpQuestionPrefix}${commitmentId}`] = followedUp;
    }
    return answers;
  });
  const closed = depsAt(deps, miniSurvey.closes);
  await closeRound(closed, user, roundId);
  await sendThankYou(
    closed,
    user,
    roundId,
    'Thank you for looking again. Your suggestions shape what I try next.',
  );
}
