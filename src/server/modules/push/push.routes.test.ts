import { afterEach, beforeEach, expect, test } from 'vitest';
import { appWithClock } from '../../../../tests/adversarial/adversary-kit';
import { askBeforeAdvising, leaderWithCycle } from '../../../../tests/support/leader-fixture';
import { checkVapid, startPushService } from '../../../../tests/support/push-service';
import { signedUpClient, type TestApp } from '../../../../tests/support/test-app';
import { describeEachEngine } from '../../../../tests/support/test-database';

// biome-ignore lint/suspicious/noExplicitAny: response bodies are read loosely in these tests.
type Json = Record<string, any>;

describeEachEngine('Web Push to the leader’s devices', (engine) => {
  let testApp: TestApp;
  let clock: Awaited<ReturnType<typeof appWithClock>>['clock'];
  let service: Awaited<ReturnType<typeof startPushService>>;
  beforeEach(async () => {
    // No SMTP: push is a channel of its own.
    ({ testApp, clock } = await appWithClock(engine));
    service = await startPushService();
  });
  afterEach(async () => {
    await service.stop();
    await testApp.dispose();
  });

  async function runJobs(at: string) {
    clock.set(at);
    await testApp.jobRunner.tick();
    await testApp.jobRunner.tick();
  }

  const publicKeyOf = async (client: { get: (path: string) => Promise<Response> }) =>
    ((await (await client.get('/api/push')).json()) as Json).publicKey as string;

  test('the server makes its VAPID pair once and keeps it', async () => {
    const { leader } = await leaderWithCycle(testApp);
    const key = await publicKeyOf(leader.client);
    expect(key).toMatch(/^[A-Za-z0-9_-]{87}$/);
    expect(await publicKeyOf(leader.client)).toBe(key);
    const other = await signedUpClient(testApp, 'Other Leader');
    expect(await publicKeyOf(other.client)).toBe(key);
    expect(await testApp.database.db.selectFrom('server_keys').select('name').execute()).toEqual([
      { name: 'vapid' },
    ]);
  });

  test('a device is added, listed and removed by its owner only', async () => {
    const { leader } = await leaderWithCycle(testApp);
    const { subscription } = service.device();
    const added = await leader.client.post('/api/push/devices', subscription);
    expect(added.status).toBe(201);
    const device = ((await added.json()) as Json).device;
    expect((await (await leader.client.get('/api/push')).json()) as Json).toMatchObject({
      devices: [{ id: device.id, endpoint: subscription.endpoint }],
    });
    const other = await signedUpClient(testApp, 'Other Leader');
    expect((await other.client.delete(`/api/push/devices/${device.id}`)).status).toBe(404);
    expect((await leader.client.delete(`/api/push/devices/${device.id}`)).status).toBe(204);
    expect(((await (await leader.client.get('/api/push')).json()) as Json).devices).toEqual([]);
  });

  test('an endpoint on a private network or with broken keys is refused by name', async () => {
    const { leader } = await leaderWithCycle(testApp);
    const { subscription } = service.device();
    for (const endpoint of ['https://10.0.0.8/push/x', 'https://169.254.169.254/latest']) {
      const refused = await leader.client.post('/api/push/devices', { ...subscription, endpoint });
      expect(refused.status).toBe(400);
      expect(((await refused.json()) as Json).error.field).toBe('endpoint');
    }
    const badKey = await leader.client.post('/api/push/devices', {
      ...subscription,
      keys: { ...subscription.keys, p256dh: 'short' },
    });
    expect(badKey.status).toBe(400);
    expect(((await badKey.json()) as Json).error.field).toBe('keys.p256dh');
  });

  test('a test notification is signed with the VAPID key and only the device can read it', async () => {
    const { leader } = await leaderWithCycle(testApp);
    const phone = service.device();
    await leader.client.post('/api/push/devices', phone.subscription);
    const queued = await leader.client.post('/api/push/test');
    expect(queued.status).toBe(202);
    expect(await queued.json()).toEqual({ queued: 1 });
    await runJobs('2026-12-01T09:00:05Z');
    expect(service.received).toHaveLength(1);
    const [request] = service.received;
    if (!request) throw new Error('no push');
    checkVapid(request, await publicKeyOf(leader.client), service.origin, new Date());
    expect(request.headers.ttl).toBe(String(12 * 60 * 60));
    expect(phone.messages()).toEqual([
      {
        title: 'Feedforward notifications are on',
        body: 'Your daily reminders will show up like this.',
        url: '/',
        tag: 'test',
      },
    ]);
  });

  test('the daily reminder comes as a notification without SMTP, once a day, to each device', async () => {
    const { leader, cycle } = await leaderWithCycle(testApp);
    await leader.client.post(`/api/cycles/${cycle.id}/commitments`, askBeforeAdvising);
    const phone = service.device();
    const laptop = service.device();
    await leader.client.post('/api/push/devices', phone.subscription);
    await leader.client.post('/api/push/devices', laptop.subscription);
    const saved = await leader.client.put(`/api/cycles/${cycle.id}/daily-reminder`, {
      enabled: true,
      time: '18:00',
      timeZone: 'UTC',
      byEmail: false,
      byPush: true,
    });
    expect(saved.status).toBe(200);
    expect(((await saved.json()) as Json).dailyReminder).toMatchObject({ byEmail: false, byPush: true });
    await runJobs('2026-12-01T17:59:00Z');
    expect(service.received).toHaveLength(0);
    await runJobs('2026-12-01T18:00:01Z');
    await runJobs('2026-12-01T19:00:00Z');
    const reminder = {
      title: 'Your daily questions',
      body: 'A minute to score how hard you tried today.',
      url: `/cycles/${cycle.id}/practice`,
      tag: 'daily-question',
    };
    expect(phone.messages()).toEqual([reminder]);
    expect(laptop.messages()).toEqual([reminder]);
    // Nothing by email: the leader chose notifications only.
    expect(
      await testApp.database.db
        .selectFrom('outbox')
        .select('id')
        .where('subject', '=', 'Your daily questions')
        .execute(),
    ).toEqual([]);
  });

  test('a reminder must go somewhere: neither email nor notifications is refused', async () => {
    const { leader, cycle } = await leaderWithCycle(testApp);
    const refused = await leader.client.put(`/api/cycles/${cycle.id}/daily-reminder`, {
      enabled: true,
      time: '18:00',
      timeZone: 'UTC',
      byEmail: false,
      byPush: false,
    });
    expect(refused.status).toBe(400);
    expect(((await refused.json()) as Json).error.field).toBe('byEmail');
  });

  test('a subscription the push service has forgotten (410, 404) is deleted; a failing one is retried', async () => {
    await service.stop();
    service = await startPushService([410, 404, 500, 201]);
    const { leader } = await leaderWithCycle(testApp);
    for (let index = 0; index < 3; index++)
      await leader.client.post('/api/push/devices', service.device().subscription);
    await leader.client.post('/api/push/test');
    await runJobs('2026-12-01T09:00:05Z');
    expect(service.received).toHaveLength(3);
    const left = ((await (await leader.client.get('/api/push')).json()) as Json).devices as Json[];
    expect(left).toHaveLength(1);
    expect(left[0]?.endpoint).toContain(service.received[2]?.path);
    // The 500 is tried again with the jobs module's backoff, and then delivered.
    await runJobs('2026-12-01T10:00:00Z');
    expect(service.received).toHaveLength(4);
    expect(service.received[3]?.path).toBe(service.received[2]?.path);
  });
});
