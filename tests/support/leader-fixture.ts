import type { CycleDetail } from '../../src/shared/cycles';
import type { RelationshipGroup } from '../../src/shared/questions';
import { signedUpClient, type TestApp } from './test-app';

export const fiveStakeholders: { name: string; email: string; relationshipGroup: RelationshipGroup }[] = [
  { name: 'Ada Report', email: 'ada@example.com', relationshipGroup: 'direct_report' },
  { name: 'Ben Report', email: 'ben@example.com', relationshipGroup: 'direct_report' },
  { name: 'Cy Report', email: 'cy@example.com', relationshipGroup: 'direct_report' },
  { name: 'Dee Peer', email: 'dee@example.com', relationshipGroup: 'peer' },
  { name: 'Max Manager', email: 'max@example.com', relationshipGroup: 'manager' },
];

/** A commitment the plan accepts: a specific moment, one visible action, how often, how others notice. */
export const askBeforeAdvising = {
  situation: 'When someone brings me a problem in our one-to-one',
  action: 'I will ask what they have tried before I suggest anything',
  frequency: 'In every one-to-one',
  noticedBy: 'They will hear a question from me before any advice',
};

/** Two behaviors to practice, for rounds and progress that ask about each of them. */
export const twoCommitments = [
  askBeforeAdvising,
  {
    situation: 'At the end of every team meeting',
    action: 'I will summarize what I heard and ask if I got it right',
    frequency: 'Every team meeting',
    noticedBy: 'They will hear my summary and a question',
  },
];

/**
 * A signed-up leader with a growth cycle on "listening with empathy" and five stakeholders; their
 * address is confirmed unless `confirmEmail` is false.
 */
export async function leaderWithCycle(testApp: TestApp, { confirmEmail = true } = {}) {
  const leader = await signedUpClient(testApp, 'Lee Leader', { confirmEmail });
  const { workspaces } = (await (await leader.client.get('/api/workspaces')).json()) as {
    workspaces: { id: string }[];
  };
  const workspaceId = workspaces[0]?.id as string;
  const created = await leader.client.post(`/api/workspaces/${workspaceId}/cycles`, {
    problem: 'My team never tells me about problems until it is too late.',
    goal: 'I want to get better at listening so that people bring me problems early.',
    competencyKey: 'listening-with-empathy',
    baseline: {},
  });
  if (created.status !== 201) throw new Error(`cycle: ${created.status} ${await created.text()}`);
  const { cycle } = (await created.json()) as { cycle: CycleDetail };
  const stakeholderIds: string[] = [];
  for (const stakeholder of fiveStakeholders) {
    const response = await leader.client.post(`/api/workspaces/${workspaceId}/stakeholders`, stakeholder);
    if (response.status !== 201) throw new Error(`stakeholder: ${response.status} ${await response.text()}`);
    stakeholderIds.push(((await response.json()) as { stakeholder: { id: string } }).stakeholder.id);
  }
  return { leader, workspaceId, cycle, stakeholderIds };
}
