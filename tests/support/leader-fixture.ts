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

/** A signed-up leader with a growth cycle on "listening with empathy" and five stakeholders. */
export async function leaderWithCycle(testApp: TestApp) {
  const leader = await signedUpClient(testApp, 'Lee Leader');
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
