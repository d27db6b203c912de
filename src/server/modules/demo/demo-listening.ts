import type { CurrentUser } from '../../../shared/accounts';
import type { Answers } from '../../../shared/questions';
import type { AppDeps } from '../../deps';
import { submitAnswers } from '../answers';
import { createCycle } from '../cycles';
import { closeRound, openedRightAway, openRound, sendThankYou } from '../rounds';
import { addStakeholdersFromText } from '../stakeholders';
import { type DemoStory, depsAt } from './demo-story';

const demoStakeholders = [
  'Priya Patel, direct report',
  'Tom Becker, direct report',
  'Lena Novak, direct report',
  'Omar Haddad, peer',
  'Sofia Rossi, peer',
  'Grace Kim, manager',
].join('\n');

/** What each stakeholder suggested; the plan's commitments are written from the first two. */
export const demoSuggestions = {
  'Priya Patel': 'In our one-to-ones, ask me what is on my mind before going through the board.',
  'Tom Becker': 'Next time someone raises a risk, ask what they would do before suggesting a fix.',
  'Lena Novak': 'Could you summarize what you heard at the end of design reviews?',
  'Omar Haddad': 'Put the laptop away when we talk about something difficult.',
  'Sofia Rossi': 'When we disagree, ask what I have already tried before you propose your approach.',
  'Grace Kim': 'Invite the quieter people in planning to share their view first.',
} as const;

const experiences = ['You are approachable; meetings feel rushed.', 'Friendly and fair, though often busy.'];

/** Sends a round's links the way stakeholders would answer them, each on their own day. */
export async function answerAs(
  deps: AppDeps,
  links: readonly { name: string; url: string }[],
  answeredAt: readonly Date[],
  answersOf: (name: string, index: number) => Answers,
) {
  for (const [index, link] of links.entries()) {
    const token = link.url.split('/a/')[1];
    const at = answeredAt[index % answeredAt.length] as Date;
    await submitAnswers(depsAt(deps, at), token, { answers: answersOf(link.name, index) }, 'demo', []);
  }
}

/**
 * Six weeks ago: the leader reframed their problem, asked six people, and closed the round on
 * its last day once everyone had answered, then thanked them.
 */
export async function seedListening(deps: AppDeps, user: CurrentUser, workspaceId: string, story: DemoStory) {
  const started = depsAt(deps, story.cycleStarted);
  const cycle = await createCycle(started, user, workspaceId, {
    problem: 'My team never tells me about problems until it is too late, and then I have to jump in.',
    goal: 'I want to get better at listening so that people bring me problems while they are still small.',
    competencyKey: 'listening-with-empathy',
    baseline: {
      'let-people-finish': 4,
      'summarize-before-replying': 3,
      'ask-how-it-feels': 2,
      'full-attention': 3,
      'invite-quiet-voices': 3,
      'acknowledge-before-solving': 2,
    },
  });
  const { added } = await addStakeholdersFromText(started, user, workspaceId, { text: demoStakeholders });
  const { listening } = story;
  const { roundId, links } = openedRightAway(
    await openRound(depsAt(deps, listening.opens), user, cycle.id, {
      kind: 'listening',
      intro: 'I am working on listening better and would value your honest, future-focused suggestions.',
      closesOn: listening.closesOn,
      stakeholderIds: added.map((stakeholder) => stakeholder.id),
    }),
  );
  // Ordered by name, so each person's answers are the same on every seed.
  const byName = [...links].sort((a, b) => a.name.localeCompare(b.name));
  const behaviors = cycle.competency.behaviors.map((behavior) => `behavior:${behavior.key}`);
  await answerAs(deps, byName, listening.answeredAt, (name, index) => {
    const answers: Answers = {
      experience: experiences[index % 2] as string,
      'feedforward-1': demoSuggestions[name as keyof typeof demoSuggestions] ?? 'Keep asking open questions.',
    };
    for (const [position, id] of behaviors.entries()) answers[id] = 2 + ((index + position) % 4);
    return answers;
  });
  const closed = depsAt(deps, listening.closes);
  await closeRound(closed, user, roundId);
  await sendThankYou(
    closed,
    user,
    roundId,
    'Thank you all for your suggestions. I will share what I am going to work on in the next few days.',
  );
  return { cycleId: cycle.id, stakeholderIds: added.map((stakeholder) => stakeholder.id) };
}
