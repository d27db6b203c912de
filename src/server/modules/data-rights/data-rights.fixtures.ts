import { expect } from 'vitest';
import { leaderWithCycle } from '../../../../tests/support/leader-fixture';
import { createClient, type TestApp, type TestClient } from '../../../../tests/support/test-app';
import { startWebhookReceiver } from '../../../../tests/support/webhook-receiver';

// biome-ignore lint/suspicious/noExplicitAny: response bodies are read loosely in these tests.
type Json = Record<string, any>;

export const goodCommitment = {
  situation: 'When someone brings me a problem in our one-to-one',
  action: 'I will ask what they have tried before I suggest anything',
  frequency: 'In every one-to-one',
  noticedBy: 'They will hear a question from me before any advice',
};

/** A stakeholder in their own browser, answering through the emailed link. */
async function answerByMail(testApp: TestApp, email: string, idea: string) {
  const messages = await testApp.database.db
    .selectFrom('outbox')
    .select('text_body')
    .where('to_address', '=', email)
    .execute();
  const link = messages.map((m) => m.text_body.match(/\/a\/[\w-]+/)?.[0]).find(Boolean);
  const stakeholder = createClient(testApp.app);
  expect((await stakeholder.get(link as string)).status).toBe(303);
  const page = (await (await stakeholder.get('/api/answer')).json()) as Json;
  const answers = Object.fromEntries(
    page.page.questions.map((q: Json) => [q.id, q.kind === 'rating' ? 4 : q.kind === 'text' ? idea : null]),
  );
  const sent = await stakeholder.post('/api/answer', { answers });
  expect(sent.status).toBe(201);
}

/**
 * A leader with everything the product keeps: stakeholders, a cycle, a round answered by four
 * and released, a thank-you by mail, a commitment and a check-in. Needs SMTP_URL set, so mail
 * lands in the outbox.
 */
export async function fullLeader(testApp: TestApp, closesOn: string, today: string) {
  const setup = await leaderWithCycle(testApp);
  const { leader, cycle, stakeholderIds } = setup;
  const opened = await leader.client.post(`/api/cycles/${cycle.id}/rounds`, {
    kind: 'listening',
    intro: 'I am working on listening better and would value your ideas.',
    closesOn,
    stakeholderIds,
  });
  expect(opened.status).toBe(201);
  const { roundId } = (await opened.json()) as { roundId: string };
  for (const [index, email] of [
    'ada@example.com',
    'ben@example.com',
    'cy@example.com',
    'dee@example.com',
  ].entries()) {
    await answerByMail(testApp, email, `Ask one more question before answering (${index}).`);
  }
  expect((await leader.client.post(`/api/rounds/${roundId}/close`)).status).toBe(204);
  const thanked = await leader.client.post(`/api/rounds/${roundId}/thank-you`, {
    message: 'Thank you all for your ideas.',
  });
  expect(thanked.status).toBe(200);
  const saved = await leader.client.post(`/api/cycles/${cycle.id}/commitments`, goodCommitment);
  expect(saved.status).toBe(201);
  const commitmentId = ((await saved.json()) as Json).commitment.id as string;
  const checkin = await leader.client.put(`/api/commitments/${commitmentId}/checkins/${today}`, {
    score: 7,
    note: 'Asked twice before advising.',
  });
  expect(checkin.status).toBe(200);
  return { ...setup, roundId };
}

export async function personalWorkspaceOf(client: TestClient): Promise<string> {
  const { workspaces } = (await (await client.get('/api/workspaces')).json()) as Json;
  return workspaces.find((w: Json) => w.kind === 'personal').id;
}

/**
 * An API token and a webhook of the client's account, with one test delivery made to a local
 * receiver (answering 200) and logged. The caller stops the receiver.
 */
export async function tokenAndWebhook(testApp: TestApp, client: TestClient) {
  const receiver = await startWebhookReceiver();
  const made = await client.post('/api/tokens', {
    name: 'Nightly report',
    scopes: ['read'],
    expiresInDays: 30,
  });
  expect(made.status).toBe(201);
  const { token } = (await made.json()) as Json;
  const registered = await client.post('/api/webhooks', { url: receiver.url, events: ['round.closed'] });
  expect(registered.status).toBe(201);
  const { webhook, secret } = (await registered.json()) as Json;
  expect((await client.post(`/api/webhooks/${webhook.id}/test`)).status).toBe(202);
  await testApp.jobRunner.tick();
  expect(receiver.received).toHaveLength(1);
  return { token: token as string, secret: secret as string, webhookId: webhook.id as string, receiver };
}
