import { expect } from 'vitest';
import { leaderWithCycle } from '../../../../tests/support/leader-fixture';
import { createClient, type TestApp } from '../../../../tests/support/test-app';

// biome-ignore lint/suspicious/noExplicitAny: response bodies are read loosely in these fixtures.
type Json = Record<string, any>;

export const practiced = {
  situation: 'When someone brings me a problem in our one-to-one',
  action: 'I will ask what they have tried before I suggest anything',
  frequency: 'In every one-to-one',
  noticedBy: 'They will hear a question from me before any advice',
};

/** A leader whose listening round closed on 2026-12-11 with three answers, practicing one behavior. */
export async function leaderInFollowUp(testApp: TestApp, moveTo: (iso: string) => void) {
  moveTo('2026-12-01T09:00:00Z');
  const setup = await leaderWithCycle(testApp);
  const { client } = setup.leader;
  const opened = await client.post(`/api/cycles/${setup.cycle.id}/rounds`, {
    kind: 'listening',
    intro: 'I am working on listening better and would value your ideas.',
    closesOn: '2026-12-10',
    stakeholderIds: setup.stakeholderIds,
  });
  const { roundId, links } = (await opened.json()) as Json;
  for (const link of links.slice(0, 3)) {
    const stakeholder = createClient(testApp.app);
    await stakeholder.get(new URL(link.url).pathname);
    const page = (await (await stakeholder.get('/api/answer')).json()) as Json;
    const answers = Object.fromEntries(
      page.page.questions.map((q: Json) => [q.id, q.kind === 'rating' ? 4 : 'Ask us first, then decide.']),
    );
    await stakeholder.post('/api/answer', { answers });
  }
  moveTo('2026-12-11T09:00:00Z');
  const later = testApp.client();
  await later.post('/api/auth/sign-in', { email: setup.leader.email, password: setup.leader.password });
  expect((await later.post(`/api/rounds/${roundId}/close`)).status).toBe(204);
  expect((await later.post(`/api/cycles/${setup.cycle.id}/commitments`, practiced)).status).toBe(201);
  return { ...setup, roundId };
}
