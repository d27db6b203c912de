import { afterEach, beforeEach, expect, test } from 'vitest';
import { fiveStakeholders, leaderWithCycle } from '../../../../tests/support/leader-fixture';
import { createTestApp, signedUpClient, type TestApp } from '../../../../tests/support/test-app';
import { describeEachEngine } from '../../../../tests/support/test-database';
import { heldForOperator } from './held-for-operator';

// biome-ignore lint/suspicious/noExplicitAny: response bodies are read loosely in these tests.
type Json = Record<string, any>;

const note = { message: 'Thank you all for your honest ideas. I will share my plan soon.' };
const announcement = { subject: "What I'm working on", body: 'Hi all, I am working on listening better.' };
const noAddress = { name: 'Noor Nomail', relationshipGroup: 'peer' };
const everyone = [...fiveStakeholders.map((person) => person.name), noAddress.name].sort();

function appPerTest(engine: 'sqlite' | 'postgres', env: Record<string, string>) {
  const state = {} as { testApp: TestApp };
  beforeEach(async () => {
    state.testApp = await createTestApp(engine, { env, now: () => new Date('2026-12-01T09:00:00Z') });
  });
  afterEach(async () => {
    await state.testApp.dispose();
  });
  return state;
}

/** Five stakeholders with addresses and one without, all asked in one round that is now closed. */
async function closedRoundOfSix(testApp: TestApp) {
  const setup = await leaderWithCycle(testApp);
  const added = await setup.leader.client.post(
    `/api/workspaces/${setup.workspaceId}/stakeholders`,
    noAddress,
  );
  const { stakeholder } = (await added.json()) as Json;
  const opened = await setup.leader.client.post(`/api/cycles/${setup.cycle.id}/rounds`, {
    kind: 'listening',
    intro: 'I am working on listening better and would value your ideas.',
    closesOn: '2026-12-10',
    stakeholderIds: [...setup.stakeholderIds, stakeholder.id],
  });
  const body = (await opened.json()) as Json;
  if (opened.status !== 201) throw new Error(`open: ${JSON.stringify(body)}`);
  await setup.leader.client.post(`/api/rounds/${body.roundId}/close`);
  return { ...setup, roundId: body.roundId as string, opened: body };
}

const outboxRows = (testApp: TestApp) =>
  testApp.database.db.selectFrom('outbox').select(['to_address', 'subject', 'status']).execute();

describeEachEngine('what the app says about mail without a mail server', (engine) => {
  const state = appPerTest(engine, {});

  test('the server says it cannot email anyone', async () => {
    const setup = (await (await state.testApp.client().get('/api/mail-setup')).json()) as Json;
    expect(setup).toEqual({ emailCanBeSent: false });
  });

  test('opening a round emails nobody: every link is handed to the leader', async () => {
    const { opened } = await closedRoundOfSix(state.testApp);
    expect(opened.emailed).toBe(0);
    expect(opened.links).toHaveLength(6);
    expect(await outboxRows(state.testApp)).toEqual([]);
  });

  test('a thank-you note is emailed to nobody, names everyone, and stays to copy', async () => {
    const { leader, roundId } = await closedRoundOfSix(state.testApp);
    const sent = (await (await leader.client.post(`/api/rounds/${roundId}/thank-you`, note)).json()) as Json;
    expect(sent.delivery).toMatchObject({ emailed: 0, mailServer: false });
    expect(sent.delivery.byHand.sort()).toEqual(everyone);
    expect(await outboxRows(state.testApp)).toEqual([]);
    const later = (await (await leader.client.get(`/api/rounds/${roundId}/thank-you`)).json()) as Json;
    expect(later.thankYou).toMatchObject({ note: note.message, delivery: { emailed: 0, mailServer: false } });
    expect(later.thankYou.delivery.byHand.sort()).toEqual(everyone);
  });

  test('an announcement is emailed to nobody and names everyone, also when read again later', async () => {
    const { leader, cycle } = await closedRoundOfSix(state.testApp);
    const path = `/api/cycles/${cycle.id}/announcement`;
    const sent = (await (await leader.client.post(path, { ...announcement, send: true })).json()) as Json;
    expect(sent.delivery).toMatchObject({ emailed: 0, mailServer: false });
    expect(sent.delivery.byHand.sort()).toEqual(everyone);
    expect(await outboxRows(state.testApp)).toEqual([]);
    const later = (await (await leader.client.get(path)).json()) as Json;
    expect(later.announcement.delivery).toMatchObject({ emailed: 0, mailServer: false });
    expect(later.announcement.delivery.byHand.sort()).toEqual(everyone);
  });

  test('a password reset says the link waits on the server, and it is held there for the operator', async () => {
    const { email } = await signedUpClient(state.testApp);
    const response = await state.testApp.client().post('/api/auth/password-reset/request', { email });
    expect(response.status).toBe(202);
    await state.testApp.jobRunner.tick();
    const body = (await response.json()) as Json;
    expect(body.delivery).toBe('held');
    expect(body.message).not.toMatch(/on its way|check your (email|inbox)/i);
    expect(body.message).toContain('npm run outbox');
    expect(await state.testApp.deps.repos.mail.listWithoutWorkspace(5)).toEqual([
      expect.objectContaining({ to_address: email, status: 'held' }),
    ]);
    const printed = await heldForOperator(state.testApp.deps.repos.mail);
    expect(printed).toContain(`To: ${email}`);
    expect(printed).toMatch(/reset-password#token=[\w-]+/);
  });

  test('a workspace invitation is held in the outbox its admins read', async () => {
    const admin = await signedUpClient(state.testApp);
    const created = await admin.client.post('/api/workspaces', { name: 'Acme' });
    const { id } = (await created.json()) as Json;
    const invited = await admin.client.post(`/api/workspaces/${id}/invitations`, {
      email: 'new@example.com',
      role: 'leader',
    });
    expect(await invited.json()).toEqual({ delivery: 'held' });
    const { messages } = (await (await admin.client.get(`/api/workspaces/${id}/outbox`)).json()) as Json;
    expect(messages).toEqual([expect.objectContaining({ to: 'new@example.com', status: 'held' })]);
  });
});

describeEachEngine('what the app says about mail with a mail server', (engine) => {
  // Nothing listens on port 1: messages stay queued, which is all these tests need to see.
  const state = appPerTest(engine, { SMTP_URL: 'smtp://127.0.0.1:1' });

  test('the server says it can email', async () => {
    const setup = (await (await state.testApp.client().get('/api/mail-setup')).json()) as Json;
    expect(setup).toEqual({ emailCanBeSent: true });
  });

  test('opening a round emails everyone with an address and hands the leader the one link left', async () => {
    const { opened } = await closedRoundOfSix(state.testApp);
    expect(opened.emailed).toBe(5);
    expect(opened.links.map((link: Json) => link.name)).toEqual([noAddress.name]);
  });

  test('a thank-you note is emailed to everyone with an address and names only the one without', async () => {
    const { leader, roundId } = await closedRoundOfSix(state.testApp);
    const before = (await outboxRows(state.testApp)).length;
    const sent = (await (await leader.client.post(`/api/rounds/${roundId}/thank-you`, note)).json()) as Json;
    expect(sent.delivery).toEqual({ emailed: 5, byHand: [noAddress.name], mailServer: true });
    const thanks = (await outboxRows(state.testApp)).slice(before);
    expect(thanks.map((row) => row.to_address).sort()).toEqual(fiveStakeholders.map((p) => p.email).sort());
    const later = (await (await leader.client.get(`/api/rounds/${roundId}/thank-you`)).json()) as Json;
    expect(later.thankYou.delivery).toEqual({ emailed: 5, byHand: [noAddress.name], mailServer: true });
  });

  test('an announcement is emailed to everyone with an address and names only the one without', async () => {
    const { leader, cycle } = await closedRoundOfSix(state.testApp);
    const path = `/api/cycles/${cycle.id}/announcement`;
    const sent = (await (await leader.client.post(path, { ...announcement, send: true })).json()) as Json;
    expect(sent.delivery).toEqual({ emailed: 5, byHand: [noAddress.name], mailServer: true });
    const later = (await (await leader.client.get(path)).json()) as Json;
    expect(later.announcement.delivery).toEqual({ emailed: 5, byHand: [noAddress.name], mailServer: true });
  });

  test('a password reset says a link is on its way, and queues it', async () => {
    const { email } = await signedUpClient(state.testApp);
    const response = await state.testApp.client().post('/api/auth/password-reset/request', { email });
    expect(await response.json()).toEqual({
      delivery: 'email',
      message: 'If an account uses this email, a reset link is on its way.',
    });
    await state.testApp.jobRunner.tick();
    expect(await state.testApp.deps.repos.mail.listWithoutWorkspace(5)).toEqual([
      expect.objectContaining({ to_address: email, status: 'queued' }),
    ]);
  });

  test('a workspace invitation is emailed', async () => {
    const admin = await signedUpClient(state.testApp);
    const { id } = (await (await admin.client.post('/api/workspaces', { name: 'Acme' })).json()) as Json;
    const invited = await admin.client.post(`/api/workspaces/${id}/invitations`, {
      email: 'new@example.com',
      role: 'leader',
    });
    expect(await invited.json()).toEqual({ delivery: 'email' });
  });
});
