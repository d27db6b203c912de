import { afterEach, beforeEach, expect, test } from 'vitest';
import { fiveStakeholders, leaderWithCycle, twoCommitments } from '../../../../tests/support/leader-fixture';
import {
  createClient,
  createTestApp,
  signedUpClient,
  type TestApp,
} from '../../../../tests/support/test-app';
import { describeEachEngine } from '../../../../tests/support/test-database';
import { startWebhookReceiver, verifySignature } from '../../../../tests/support/webhook-receiver';

// biome-ignore lint/suspicious/noExplicitAny: response bodies are read loosely in these tests.
type Json = Record<string, any>;

describeEachEngine('webhooks', (engine) => {
  let now: Date;
  let testApp: TestApp;
  const stops: (() => Promise<void>)[] = [];
  beforeEach(async () => {
    now = new Date('2026-12-01T09:00:00Z');
    testApp = await createTestApp(engine, { now: () => now });
  });
  afterEach(async () => {
    await testApp.dispose();
    for (const stop of stops.splice(0)) await stop();
  });

  async function receiver(statuses?: number[], options?: { hang?: boolean }) {
    const started = await startWebhookReceiver(statuses, options);
    stops.push(started.stop);
    return started;
  }

  const later = (ms: number) => {
    now = new Date(now.getTime() + ms);
  };

  async function registered(client: ReturnType<typeof createClient>, url: string, events?: string[]) {
    const response = await client.post('/api/webhooks', {
      url,
      events: events ?? ['round.closed', 'round.results_released', 'mini_survey.change_released'],
    });
    expect(response.status).toBe(201);
    return (await response.json()) as { webhook: Json; secret: string };
  }

  test('the secret is shown once; a test delivery arrives signed and is logged', async () => {
    const hook = await receiver();
    const { client } = await signedUpClient(testApp);
    const { webhook, secret } = await registered(client, hook.url);
    expect(secret).toMatch(/^whsec_[\w-]{43}$/);
    const list = (await (await client.get('/api/webhooks')).json()) as Json;
    expect(list.webhooks).toEqual([webhook]);
    expect(JSON.stringify(list)).not.toContain(secret);

    expect((await client.post(`/api/webhooks/${webhook.id}/test`)).status).toBe(202);
    await testApp.jobRunner.tick();
    expect(hook.received).toHaveLength(1);
    const [delivery] = hook.received;
    expect(delivery?.headers['feedforward-event']).toBe('ping');
    expect(
      verifySignature(secret, delivery?.body ?? '', delivery?.headers['feedforward-signature'] as string),
    ).toBe(true);
    expect(
      verifySignature(
        'whsec_wrong',
        delivery?.body ?? '',
        delivery?.headers['feedforward-signature'] as string,
      ),
    ).toBe(false);
    const body = JSON.parse(delivery?.body ?? '{}') as Json;
    expect(body).toMatchObject({ event: 'ping', id: delivery?.headers['feedforward-delivery'] });
    const log = (await (await client.get(`/api/webhooks/${webhook.id}/deliveries`)).json()) as Json;
    expect(log.deliveries).toEqual([
      expect.objectContaining({
        event: 'ping',
        status: 'delivered',
        attempts: 1,
        responseCode: 200,
        error: null,
      }),
    ]);
  });

  test('a failing receiver is retried with exponential backoff until it answers 2xx', async () => {
    const hook = await receiver([500, 503, 200]);
    const { client } = await signedUpClient(testApp);
    const { webhook, secret } = await registered(client, hook.url);
    await client.post(`/api/webhooks/${webhook.id}/test`);
    const log = async () =>
      ((await (await client.get(`/api/webhooks/${webhook.id}/deliveries`)).json()) as Json).deliveries[0];

    await testApp.jobRunner.tick();
    expect(await log()).toMatchObject({ status: 'retrying', attempts: 1, responseCode: 500 });
    // Not due again until 30 s later, then 60 s after that: the clock, not the wall, decides.
    later(29_000);
    await testApp.jobRunner.tick();
    expect(hook.received).toHaveLength(1);
    later(1_000);
    await testApp.jobRunner.tick();
    expect(await log()).toMatchObject({ status: 'retrying', attempts: 2, responseCode: 503 });
    later(59_000);
    await testApp.jobRunner.tick();
    expect(hook.received).toHaveLength(2);
    later(1_000);
    await testApp.jobRunner.tick();
    expect(await log()).toMatchObject({ status: 'delivered', attempts: 3, responseCode: 200, error: null });
    expect(hook.received).toHaveLength(3);
    // Every attempt sends the same delivery, each signed afresh.
    expect(new Set(hook.received.map((request) => request.body)).size).toBe(1);
    for (const request of hook.received)
      expect(verifySignature(secret, request.body, request.headers['feedforward-signature'] as string)).toBe(
        true,
      );
  });

  test('a receiver that never answers fails by the timeout and is given up after five attempts', async () => {
    await testApp.dispose();
    testApp = await createTestApp(engine, { now: () => now, env: { WEBHOOK_TIMEOUT_MS: '200' } });
    const hook = await receiver([200], { hang: true });
    const { client } = await signedUpClient(testApp);
    const { webhook } = await registered(client, hook.url);
    await client.post(`/api/webhooks/${webhook.id}/test`);
    for (let attempt = 0; attempt < 5; attempt++) {
      await testApp.jobRunner.tick();
      later(10 * 60_000);
    }
    const log = (await (await client.get(`/api/webhooks/${webhook.id}/deliveries`)).json()) as Json;
    expect(log.deliveries[0]).toMatchObject({
      status: 'failed',
      attempts: 5,
      responseCode: null,
      error: 'no answer within 200 ms',
    });
  });

  /** A mini-survey four of five stakeholders answered with ratings and text, closed by its leader. */
  async function answeredMiniSurvey(secretText: string) {
    const setup = await leaderWithCycle(testApp);
    const ids: string[] = [];
    for (const commitment of twoCommitments) {
      const saved = await setup.leader.client.post(`/api/cycles/${setup.cycle.id}/commitments`, commitment);
      ids.push(((await saved.json()) as Json).commitment.id);
    }
    const hook = await receiver();
    const { secret } = await registered(setup.leader.client, hook.url);
    const opened = await setup.leader.client.post(`/api/cycles/${setup.cycle.id}/rounds`, {
      kind: 'mini_survey',
      intro: 'Three months on: has anything changed for you?',
      closesOn: '2026-12-10',
      stakeholderIds: setup.stakeholderIds,
    });
    expect(opened.status).toBe(201);
    const { roundId, links } = (await opened.json()) as Json;
    for (const [index, rating] of [2, 2, 1, -1].entries()) {
      const stakeholder = createClient(testApp.app);
      await stakeholder.get(new URL(links[index].url).pathname);
      const page = (await (await stakeholder.get('/api/answer')).json()) as Json;
      const answers = Object.fromEntries(
        page.page.questions.map((question: Json) => {
          if (question.kind === 'rating') return [question.id, rating];
          if (question.kind === 'choice') return [question.id, question.options[0].value];
          return [question.id, `${secretText} ${fiveStakeholders[index]?.name}`];
        }),
      );
      expect((await stakeholder.post('/api/answer', { answers })).status).toBe(201);
    }
    expect((await setup.leader.client.post(`/api/rounds/${roundId}/close`)).status).toBe(204);
    await testApp.jobRunner.tick();
    return { ...setup, hook, secret, roundId, commitmentIds: ids };
  }

  test('closing a round announces it, its release and the change figure, with no stakeholder text, name or address', async () => {
    const secretText = 'Only-the-leader-may-read-this';
    const { hook, secret, roundId, cycle, workspaceId, commitmentIds } = await answeredMiniSurvey(secretText);
    const bodies = hook.received.map((request) => {
      expect(verifySignature(secret, request.body, request.headers['feedforward-signature'] as string)).toBe(
        true,
      );
      return JSON.parse(request.body) as Json;
    });
    expect(bodies.map((body) => body.event).sort()).toEqual([
      'mini_survey.change_released',
      'round.closed',
      'round.results_released',
    ]);
    const byEvent = Object.fromEntries(bodies.map((body) => [body.event, body.data]));
    expect(byEvent['round.closed']).toEqual({
      roundId,
      cycleId: cycle.id,
      workspaceId,
      kind: 'mini_survey',
      openedAt: '2026-12-01T09:00:00.000Z',
      closesOn: '2026-12-10',
      closedAt: '2026-12-01T09:00:00.000Z',
      invitedCount: 5,
      responseCount: 4,
      resultsReleased: true,
    });
    expect(byEvent['round.results_released']).toMatchObject({ roundId, responseCount: 4, anonymityK: 3 });
    const changes = byEvent['mini_survey.change_released'].changes as Json[];
    expect(changes).toContainEqual(
      expect.objectContaining({ commitmentId: commitmentIds[0], hidden: false, n: 4, mean: 1 }),
    );
    const everything = hook.received.map((request) => request.body).join('\n');
    expect(everything).not.toContain(secretText);
    for (const stakeholder of fiveStakeholders) {
      expect(everything).not.toContain(stakeholder.name);
      expect(everything).not.toContain(stakeholder.email);
    }
  });

  test('a round closed by its closing date is announced too, once', async () => {
    const { hook } = await answeredMiniSurvey('text');
    const received = hook.received.length;
    later(30 * 86_400_000);
    await testApp.jobRunner.tick();
    await testApp.jobRunner.tick();
    expect(hook.received).toHaveLength(received);
  });

  test('a disabled webhook gets nothing and refuses a test; a deleted one takes its log with it', async () => {
    const hook = await receiver();
    const { client } = await signedUpClient(testApp);
    const { webhook } = await registered(client, hook.url);
    await client.post(`/api/webhooks/${webhook.id}/test`);
    expect((await client.put(`/api/webhooks/${webhook.id}`, { enabled: false })).status).toBe(204);
    await testApp.jobRunner.tick();
    expect(hook.received).toHaveLength(0);
    const log = (await (await client.get(`/api/webhooks/${webhook.id}/deliveries`)).json()) as Json;
    expect(log.deliveries[0].status).toBe('skipped');
    expect((await client.post(`/api/webhooks/${webhook.id}/test`)).status).toBe(409);
    expect((await client.delete(`/api/webhooks/${webhook.id}`)).status).toBe(204);
    expect((await client.get(`/api/webhooks/${webhook.id}/deliveries`)).status).toBe(404);
    expect(await testApp.database.db.selectFrom('webhook_deliveries').selectAll().execute()).toEqual([]);
  });

  test("another leader can neither see nor touch someone's webhook", async () => {
    const hook = await receiver();
    const owner = await signedUpClient(testApp);
    const { webhook } = await registered(owner.client, hook.url);
    const other = await signedUpClient(testApp);
    expect(((await (await other.client.get('/api/webhooks')).json()) as Json).webhooks).toEqual([]);
    expect((await other.client.get(`/api/webhooks/${webhook.id}/deliveries`)).status).toBe(404);
    expect((await other.client.post(`/api/webhooks/${webhook.id}/test`)).status).toBe(404);
    expect((await other.client.put(`/api/webhooks/${webhook.id}`, { enabled: false })).status).toBe(404);
    expect((await other.client.delete(`/api/webhooks/${webhook.id}`)).status).toBe(404);
  });

  test('inputs are validated and each error names its field', async () => {
    const { client } = await signedUpClient(testApp);
    const cases = [
      [{ url: '', events: ['round.closed'] }, 'url'],
      [{ url: 'ftp://example.com/x', events: ['round.closed'] }, 'url'],
      [{ url: 'https://93.184.215.14/hook', events: [] }, 'events'],
      [{ url: 'https://93.184.215.14/hook', events: ['round.opened'] }, 'events.0'],
    ] as const;
    for (const [body, field] of cases) {
      const response = await client.post('/api/webhooks', body);
      expect(response.status, JSON.stringify(body)).toBe(400);
      expect(((await response.json()) as Json).error.field).toBe(field);
    }
    expect(
      ((await (await client.put('/api/webhooks/x', { enabled: 'no' })).json()) as Json).error.field,
    ).toBe('enabled');
  });
});

describeEachEngine('webhook addresses (SSRF)', (engine) => {
  const site = 'https://feedforward.example.com';

  /** A browser on a real server's address, so loopback is no longer development's. */
  async function serverClient(env: Record<string, string> = {}) {
    const testApp = await createTestApp(engine, { env: { BASE_URL: site, ...env } });
    const client = createClient({
      request: (path, init) => {
        const headers = new Headers(init?.headers);
        headers.set('origin', site);
        return testApp.app.request(`${site}${path}`, { ...init, headers });
      },
    });
    const email = `ssrf-${Date.now()}@example.com`;
    const signUp = await client.post('/api/auth/sign-up', {
      name: 'Sam',
      email,
      password: 'correct horse battery',
    });
    expect(signUp.status).toBe(201);
    return { testApp, client };
  }

  const refused = [
    'http://127.0.0.1:8080/hook',
    'https://127.0.0.1/hook',
    'https://localhost/hook',
    'https://[::1]/hook',
    'https://0.0.0.0/hook',
    'https://10.0.0.5/hook',
    'https://172.16.3.4/hook',
    'https://192.168.1.1/hook',
    'https://100.64.0.1/hook',
    'https://[fd00::1]/hook',
    'https://[::ffff:10.0.0.5]/hook',
    'https://[::ffff:127.0.0.1]/hook',
    'https://169.254.169.254/latest/meta-data',
    'https://[fe80::1]/hook',
    'https://224.0.0.1/hook',
    'http://93.184.215.14/hook',
    'https://user:pass@93.184.215.14/hook',
  ];

  test('loopback, private, link-local and reserved addresses are refused, naming the URL field', async () => {
    const { testApp, client } = await serverClient();
    try {
      for (const url of refused) {
        const response = await client.post('/api/webhooks', { url, events: ['round.closed'] });
        expect(response.status, url).toBe(400);
        expect(((await response.json()) as Json).error.field, url).toBe('url');
      }
      const accepted = await client.post('/api/webhooks', {
        url: 'https://93.184.215.14/hook',
        events: ['round.closed'],
      });
      expect(accepted.status).toBe(201);
    } finally {
      await testApp.dispose();
    }
  });

  test('WEBHOOK_ALLOW_PRIVATE_NETWORKS lets private networks through, never link-local or loopback', async () => {
    const { testApp, client } = await serverClient({ WEBHOOK_ALLOW_PRIVATE_NETWORKS: 'true' });
    try {
      const post = (url: string) => client.post('/api/webhooks', { url, events: ['round.closed'] });
      expect((await post('https://10.0.0.5/hook')).status).toBe(201);
      expect((await post('https://192.168.1.1/hook')).status).toBe(201);
      expect((await post('https://169.254.169.254/latest/meta-data')).status).toBe(400);
      expect((await post('https://127.0.0.1/hook')).status).toBe(400);
      expect((await post('http://10.0.0.5/hook')).status).toBe(400);
    } finally {
      await testApp.dispose();
    }
  });
});
