import { afterEach, beforeEach, expect, test } from 'vitest';
import { appWithClock } from '../../../../tests/adversarial/adversary-kit';
import {
  askBeforeAdvising,
  fiveStakeholders,
  leaderWithCycle,
} from '../../../../tests/support/leader-fixture';
import type { TestApp } from '../../../../tests/support/test-app';
import { describeEachEngine } from '../../../../tests/support/test-database';
import { startWebhookReceiver } from '../../../../tests/support/webhook-receiver';

// biome-ignore lint/suspicious/noExplicitAny: response bodies are read loosely in these tests.
type Json = Record<string, any>;

describeEachEngine('chat webhooks (Slack, Teams)', (engine) => {
  let testApp: TestApp;
  let clock: Awaited<ReturnType<typeof appWithClock>>['clock'];
  let receiver: Awaited<ReturnType<typeof startWebhookReceiver>>;
  beforeEach(async () => {
    // No SMTP: chat is a channel of its own.
    ({ testApp, clock } = await appWithClock(engine));
    receiver = await startWebhookReceiver();
  });
  afterEach(async () => {
    await receiver.stop();
    await testApp.dispose();
  });

  async function runJobs(at: string) {
    clock.set(at);
    await testApp.jobRunner.tick();
    await testApp.jobRunner.tick();
  }

  test('only Slack and Teams hosts are accepted, and nothing is stored when refused', async () => {
    const { leader } = await leaderWithCycle(testApp);
    for (const url of [
      'https://example.com/hook',
      'https://hooks.slack.com.evil.example/services/T/B/X',
      'https://hooks.slack.com@169.254.169.254/services/T/B/X',
    ]) {
      const refused = await leader.client.put('/api/chat-webhook', { url });
      expect(refused.status).toBe(400);
      expect(((await refused.json()) as Json).error.field).toBe('url');
    }
    expect(await (await leader.client.get('/api/chat-webhook')).json()).toEqual({ chatWebhook: null });
  });

  test('the URL is never shown again: only its service and host', async () => {
    const { leader } = await leaderWithCycle(testApp);
    const saved = await leader.client.put('/api/chat-webhook', { url: receiver.url });
    expect(saved.status).toBe(200);
    const status = (await (await leader.client.get('/api/chat-webhook')).json()) as Json;
    expect(status.chatWebhook).toMatchObject({ service: 'slack', host: '127.0.0.1' });
    expect(JSON.stringify(status)).not.toContain('/hook');
  });

  test('the daily question is posted with a link, and no behavior, name or note', async () => {
    const setup = await leaderWithCycle(testApp);
    const { leader, cycle } = setup;
    await leader.client.put('/api/chat-webhook', { url: receiver.url });
    const made = await leader.client.post(`/api/cycles/${cycle.id}/commitments`, askBeforeAdvising);
    const commitmentId = ((await made.json()) as Json).commitment.id as string;
    await leader.client.put(`/api/commitments/${commitmentId}/checkins/2026-11-30`, {
      score: 4,
      note: 'Private note about Ada',
    });
    await leader.client.put(`/api/cycles/${cycle.id}/daily-reminder`, {
      enabled: true,
      time: '18:00',
      timeZone: 'UTC',
    });
    await runJobs('2026-12-01T18:00:01Z');
    await runJobs('2026-12-01T18:30:00Z');
    expect(receiver.received).toHaveLength(1);
    const body = receiver.received[0]?.body ?? '';
    const message = JSON.parse(body) as { text: string };
    expect(message.text).toContain(`http://localhost:3000/cycles/${cycle.id}`);
    expect(body).not.toContain(askBeforeAdvising.action);
    expect(body).not.toContain('Private note');
    for (const stakeholder of fiveStakeholders) expect(body).not.toContain(stakeholder.name.split(' ')[0]);
  });

  test('no post when the day is already answered, and none after the webhook is removed', async () => {
    const { leader, cycle } = await leaderWithCycle(testApp);
    await leader.client.put('/api/chat-webhook', { url: receiver.url });
    const made = await leader.client.post(`/api/cycles/${cycle.id}/commitments`, askBeforeAdvising);
    const commitmentId = ((await made.json()) as Json).commitment.id as string;
    await leader.client.put(`/api/cycles/${cycle.id}/daily-reminder`, {
      enabled: true,
      time: '18:00',
      timeZone: 'UTC',
    });
    await leader.client.put(`/api/commitments/${commitmentId}/checkins/2026-12-01`, { score: 8 });
    await runJobs('2026-12-01T18:00:01Z');
    expect(receiver.received).toHaveLength(0);
    expect((await leader.client.delete('/api/chat-webhook')).status).toBe(204);
    await runJobs('2026-12-02T18:00:01Z');
    expect(receiver.received).toHaveLength(0);
  });

  test('a test message goes to a Teams workflow as an Adaptive Card with the link', async () => {
    const { leader } = await leaderWithCycle(testApp);
    await leader.client.put('/api/chat-webhook', { url: receiver.url });
    // Stored as Teams, the way a *.webhook.office.com URL would be.
    await testApp.database.db.updateTable('chat_webhooks').set({ service: 'teams' }).execute();
    expect((await leader.client.post('/api/chat-webhook/test')).status).toBe(202);
    await runJobs('2026-12-01T09:00:01Z');
    const card = JSON.parse(receiver.received[0]?.body ?? '{}') as Json;
    expect(card.attachments[0].contentType).toBe('application/vnd.microsoft.card.adaptive');
    expect(card.attachments[0].content.actions[0].url).toBe('http://localhost:3000/cycles');
  });
});
