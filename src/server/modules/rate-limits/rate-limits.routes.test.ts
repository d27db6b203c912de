import { afterEach, beforeEach, expect, test } from 'vitest';
import {
  createTestApp,
  signedUpClient,
  type TestApp,
  type TestClient,
} from '../../../../tests/support/test-app';
import { describeEachEngine } from '../../../../tests/support/test-database';

// biome-ignore lint/suspicious/noExplicitAny: response bodies are read loosely in these tests.
type Json = Record<string, any>;

/** One reverse proxy in front, so each test names the client's network in X-Forwarded-For. */
const from = (address: string) => ({ 'x-forwarded-for': address });

async function statusesOf(count: number, send: (index: number) => Promise<Response>) {
  const statuses: number[] = [];
  for (let index = 0; index < count; index++) statuses.push((await send(index)).status);
  return statuses;
}

async function expectRefusal(response: Response, wait: RegExp) {
  expect(response.status).toBe(429);
  const { error } = (await response.json()) as Json;
  expect(error.code).toBe('rate_limited');
  expect(error.message).toMatch(wait);
}

describeEachEngine('rate limits through their routes', (engine) => {
  let testApp: TestApp;
  let client: TestClient;
  beforeEach(async () => {
    testApp = await createTestApp(engine, { env: { TRUST_PROXY: '1' } });
    client = testApp.client();
  });
  afterEach(async () => {
    await testApp.dispose();
  });

  test('sign-in: 50 attempts per network in 15 minutes, whichever accounts they name', async () => {
    const attempt = (index: number, address = '203.0.113.7') =>
      client.post(
        '/api/auth/sign-in',
        { email: `someone${index}@example.com`, password: 'not the password' },
        from(address),
      );
    const statuses = await statusesOf(50, (index) => attempt(index));
    expect(statuses.every((status) => status === 400)).toBe(true);
    await expectRefusal(await attempt(50), /15 minutes/);
    expect((await attempt(51, '198.51.100.9')).status).toBe(400);
  });

  test('password reset: 3 per account and 20 per network in an hour, and a refused request sends nothing', async () => {
    const { email } = await signedUpClient(testApp);
    const reset = (address: string, to = email) =>
      client.post('/api/auth/password-reset/request', { email: to }, from(address));
    expect(await statusesOf(3, () => reset('203.0.113.7'))).toEqual([202, 202, 202]);
    await expectRefusal(await reset('198.51.100.9'), /hour/);
    await testApp.jobRunner.tick();
    expect(await testApp.deps.repos.mail.listWithoutWorkspace(10)).toHaveLength(3);

    // The network has asked 3 times; 17 more reach its 20.
    const others = await statusesOf(17, (index) => reset('203.0.113.7', `nobody${index}@example.com`));
    expect(others.every((status) => status === 202)).toBe(true);
    await expectRefusal(await reset('203.0.113.7', 'one-more@example.com'), /hour/);
  });

  test('member invitations: 100 per workspace in an hour', async () => {
    const admin = await signedUpClient(testApp, 'Ada Admin');
    const created = await admin.client.post('/api/workspaces', { name: 'Acme' });
    const workspaceId = ((await created.json()) as Json).id;
    const invite = (index: number) =>
      admin.client.post(`/api/workspaces/${workspaceId}/invitations`, {
        email: `person${index}@example.com`,
        role: 'leader',
      });
    const statuses = await statusesOf(100, invite);
    expect(statuses.every((status) => status === 200)).toBe(true);
    await expectRefusal(await invite(100), /later/);
    const pending = (await (
      await admin.client.get(`/api/workspaces/${workspaceId}/invitations`)
    ).json()) as Json;
    expect(pending.invitations).toHaveLength(100);
  });

  test('round invitations: 200 people a day per leader, refused before anything is stored or sent', async () => {
    const leader = await signedUpClient(testApp, 'Lee Leader');
    const { workspaces } = (await (await leader.client.get('/api/workspaces')).json()) as Json;
    const workspaceId = workspaces[0].id;
    const text = Array.from({ length: 50 }, (_, index) => `Person ${index + 1}, peer`).join('\n');
    const { added } = (await (
      await leader.client.post(`/api/workspaces/${workspaceId}/stakeholders/bulk`, { text })
    ).json()) as Json;
    const everyone = added.map((stakeholder: Json) => stakeholder.id as string);
    const openRound = async (stakeholderIds: string[]) => {
      const created = await leader.client.post(`/api/workspaces/${workspaceId}/cycles`, {
        problem: 'My team never tells me about problems until it is too late.',
        goal: 'I want to get better at listening so that people bring me problems early.',
        competencyKey: 'listening-with-empathy',
        baseline: {},
      });
      const { cycle } = (await created.json()) as Json;
      const opened = await leader.client.post(`/api/cycles/${cycle.id}/rounds`, {
        kind: 'pulse',
        intro: 'Two quick questions about my listening, please.',
        closesOn: new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10),
        stakeholderIds,
      });
      return { opened, cycleId: cycle.id as string };
    };
    for (let round = 0; round < 3; round++) expect((await openRound(everyone)).opened.status).toBe(201);
    const fourth = await openRound(everyone.slice(0, 47));
    expect(fourth.opened.status).toBe(201);
    const roundId = ((await fourth.opened.json()) as Json).roundId;
    const outboxBefore = await testApp.deps.repos.mail.listWithoutWorkspace(500);

    // 197 asked: three more fit, a round of four does not, and neither does anyone after the 200th.
    const tooMany = await openRound(everyone.slice(0, 4));
    await expectRefusal(tooMany.opened, /24 hours/);
    const { cycle } = (await (await leader.client.get(`/api/cycles/${tooMany.cycleId}`)).json()) as Json;
    expect(cycle.rounds).toEqual([]);
    expect(await testApp.deps.repos.mail.listWithoutWorkspace(500)).toHaveLength(outboxBefore.length);
    const add = (stakeholderId: string) =>
      leader.client.post(`/api/rounds/${roundId}/invitations`, { stakeholderId });
    for (const stakeholderId of everyone.slice(47, 50)) expect((await add(stakeholderId)).status).toBe(201);
    await expectRefusal(await openRound(everyone.slice(0, 3)).then(({ opened }) => opened), /24 hours/);
  });

  test('stakeholder answers: 200 per network in 10 minutes, counted before the link is even read', async () => {
    const answer = (address: string) => client.post('/api/answer', { answers: {} }, from(address));
    const statuses = await statusesOf(200, () => answer('203.0.113.7'));
    expect(statuses.some((status) => status === 429)).toBe(false);
    await expectRefusal(await answer('203.0.113.7'), /few minutes/);
    expect((await answer('198.51.100.9')).status).not.toBe(429);
  });

  test('feedforward hints: 1000 per network in 10 minutes', async () => {
    const hint = (address: string) =>
      client.post('/api/answer/hint', { text: 'You could ask more questions.' }, from(address));
    const statuses = await statusesOf(1000, () => hint('203.0.113.7'));
    expect(statuses.some((status) => status === 429)).toBe(false);
    await expectRefusal(await hint('203.0.113.7'), /moment/);
    expect((await hint('198.51.100.9')).status).not.toBe(429);
  });
});
