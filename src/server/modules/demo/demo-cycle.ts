import type { CurrentUser } from '../../../shared/accounts';
import type { AppDeps } from '../../deps';
import { submitAnswers } from '../answers/answers.usecases';
import { createCycle } from '../cycles/cycles.usecases';
import { dayOf } from '../rounds/round-schedule.models';
import { closeRound, openRound } from '../rounds/rounds.usecases';
import { addStakeholdersFromText } from '../stakeholders/stakeholders.usecases';

const demoStakeholders = [
  'Priya Patel, direct report',
  'Tom Becker, direct report',
  'Lena Novak, direct report',
  'Omar Haddad, peer',
  'Grace Kim, manager',
].join('\n');

const demoSuggestions = [
  'In our one-to-ones, ask me what is on my mind before going through the board.',
  'Next time someone raises a risk, ask what they would do before suggesting a fix.',
  'Could you summarize what you heard at the end of design reviews?',
  'Put the laptop away when we talk about something difficult.',
  'Invite the quieter people in planning to share their view first.',
];

/**
 * A demo growth cycle with a released listening round, made through the same use cases a leader
 * and their stakeholders use, so the demo shows what the product really produces.
 */
export async function seedDemoCycle(deps: AppDeps, user: CurrentUser, workspaceId: string) {
  const cycle = await createCycle(deps, user, workspaceId, {
    problem: 'My team never tells me about problems until it is too late, and then I have to jump in.',
    goal: 'I want to get better at listening so that people bring me problems while they are still small.',
    competencyKey: 'listening-with-empathy',
    baseline: { 'let-people-finish': 4, 'full-attention': 3 },
  });
  const { added } = await addStakeholdersFromText(deps, user, workspaceId, { text: demoStakeholders });
  const closesOn = dayOf(new Date(deps.now().getTime() + 7 * 86_400_000));
  const { roundId, links } = await openRound(deps, user, cycle.id, {
    kind: 'listening',
    intro: 'I am working on listening better and would value your honest, future-focused suggestions.',
    closesOn,
    stakeholderIds: added.map((stakeholder) => stakeholder.id),
  });
  const questions = cycle.competency.behaviors.map((behavior) => `behavior:${behavior.key}`);
  for (const [index, link] of links.entries()) {
    const token = link.url.split('/a/')[1];
    const answers: Record<string, number | string | null> = {
      experience:
        index % 2 ? 'Friendly and fair, though often busy.' : 'You are approachable; meetings feel rushed.',
      'feedforward-1': demoSuggestions[index] ?? 'Keep asking open questions.',
    };
    for (const [position, id] of questions.entries()) answers[id] = 2 + ((index + position) % 4);
    await submitAnswers(deps, token, { answers }, `demo-${index}`);
  }
  await closeRound(deps, user, roundId);
  return cycle.id;
}
