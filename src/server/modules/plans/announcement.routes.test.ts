import { afterEach, beforeEach, expect, test } from 'vitest';
import {
  askBeforeAdvising,
  fiveStakeholders,
  leaderWithCycle,
} from '../../../../tests/support/leader-fixture';
import { createClient, createTestApp, type TestApp } from '../../../../tests/support/test-app';
import { describeEachEngine } from '../../../../tests/support/test-database';

// biome-ignore lint/suspicious/noExplicitAny: response bodies are read loosely in these tests.
type Json = Record<string, any>;

const suggestions = [
  'Send the agenda a day before our team meetings.',
  'Share the meeting agenda early so we can prepare.',
  'Keep an agenda for every meeting and send it ahead.',
];
const message = {
  subject: "What I'm working on",
  body: 'Hi everyone, I am working on listening better and I would like your help.',
};

function setup(engine: 'sqlite' | 'postgres', env: Record<string, string> = {}) {
  const state = {} as { testApp: TestApp };
  beforeEach(async () => {
    state.testApp = await createTestApp(engine, { now: () => new Date('2026-12-01T09:00:00Z'), env });
  });
  afterEach(async () => {
    await state.testApp.dispose();
  });
  return state;
}

/** A leader whose listening round was answered by three people and closed, so its results are released. */
async function leaderWhoListened(testApp: TestApp) {
  const setupResult = await leaderWithCycle(testApp);
  const { leader, cycle, stakeholderIds } = setupResult;
  const opened = await leader.client.post(`/api/cycles/${cycle.id}/rounds`, {
    kind: 'listening',
    intro: 'I am working on listening better and would value your ideas.',
    closesOn: '2026-12-10',
    stakeholderIds,
  });
  const { roundId, links } = (await opened.json()) as { roundId: string; links: { url: string }[] };
  for (const [index, link] of links.slice(0, 3).entries()) {
    const stakeholder = createClient(testApp.app);
    await stakeholder.get(new URL(link.url).pathname);
    const page = (await (await stakeholder.get('/api/answer')).json()) as Json;
    const answers = Object.fromEntries(
      page.page.questions.map((q: Json) => [
        q.id,
        q.kind === 'rating' ? 4 : q.feedforward ? suggestions[index] : 'Our work together is fine.',
      ]),
    );
    await stakeholder.post('/api/answer', { answers });
  }
  await leader.client.post(`/api/rounds/${roundId}/close`);
  return { ...setupResult, roundId };
}

describeEachEngine('announcement', (engine) => {
  const state = setup(engine);

  test("the draft names the focus and the behaviors, never anyone's words nor bare topic labels", async () => {
    const { leader, cycle } = await leaderWhoListened(state.testApp);
    await leader.client.post(`/api/cycles/${cycle.id}/commitments`, askBeforeAdvising);
    const response = await leader.client.get(`/api/cycles/${cycle.id}/announcement/draft`);
    expect(response.status).toBe(200);
    const { draft } = (await response.json()) as Json;
    expect(draft.subject).toMatch(/^What I'm working on: /);
    // Topic labels such as "meetings" read as noise in a message to the team, so none is listed.
    expect(draft.body).not.toContain('The main things I heard');
    expect(draft.body).not.toMatch(/^- \S+$/m);
    expect(draft.body).toContain('I will ask what they have tried before I suggest anything');
    expect(draft.body).toContain('Lee Leader');
    for (const suggestion of suggestions) expect(draft.body).not.toContain(suggestion);
  });

  test('without a released round the draft still thanks people', async () => {
    const { leader, cycle } = await leaderWithCycle(state.testApp);
    const { draft } = (await (
      await leader.client.get(`/api/cycles/${cycle.id}/announcement/draft`)
    ).json()) as Json;
    expect(draft.body).toContain('Thank you to everyone who shared suggestions with me.');
  });

  test('a saved draft is returned as it was written and leaves the stage alone', async () => {
    const { leader, cycle } = await leaderWithCycle(state.testApp);
    expect(
      ((await (await leader.client.get(`/api/cycles/${cycle.id}/announcement`)).json()) as Json).announcement,
    ).toBeNull();
    const saved = await leader.client.post(`/api/cycles/${cycle.id}/announcement`, {
      ...message,
      send: false,
    });
    expect(saved.status).toBe(200);
    expect(((await saved.json()) as Json).delivery).toBeNull();
    const { announcement } = (await (
      await leader.client.get(`/api/cycles/${cycle.id}/announcement`)
    ).json()) as Json;
    expect(announcement).toMatchObject({ ...message, sentAt: null, recipientsCount: 0 });
    const view = (await (await leader.client.get(`/api/cycles/${cycle.id}`)).json()) as Json;
    expect(view.cycle.stage).toBe('reframe');
  });

  test('without SMTP, sending names everyone to tell by hand, moves to tell, and happens once', async () => {
    const { leader, cycle } = await leaderWhoListened(state.testApp);
    await leader.client.post(`/api/cycles/${cycle.id}/announcement`, { ...message, send: false });
    const sent = await leader.client.post(`/api/cycles/${cycle.id}/announcement`, { ...message, send: true });
    expect(sent.status).toBe(200);
    const body = (await sent.json()) as Json;
    expect(body.delivery).toMatchObject({ emailed: 0, mailServer: false });
    expect(body.delivery.byHand.sort()).toEqual(fiveStakeholders.map((s) => s.name).sort());
    expect(body.announcement.sentAt).toBe('2026-12-01T09:00:00.000Z');
    const view = (await (await leader.client.get(`/api/cycles/${cycle.id}`)).json()) as Json;
    expect(view.cycle.stage).toBe('tell');
    const again = await leader.client.post(`/api/cycles/${cycle.id}/announcement`, {
      ...message,
      send: true,
    });
    expect(again.status).toBe(409);
    expect(((await again.json()) as Json).error.code).toBe('already_announced');
  });

  test("another leader cannot read, draft or send this cycle's announcement", async () => {
    const { cycle } = await leaderWithCycle(state.testApp);
    const other = (await leaderWithCycle(state.testApp)).leader.client;
    expect((await other.get(`/api/cycles/${cycle.id}/announcement`)).status).toBe(404);
    expect((await other.get(`/api/cycles/${cycle.id}/announcement/draft`)).status).toBe(404);
    const post = await other.post(`/api/cycles/${cycle.id}/announcement`, { ...message, send: true });
    expect(post.status).toBe(404);
  });
});

describeEachEngine('announcement by email', (engine) => {
  const state = setup(engine, { SMTP_URL: 'smtp://127.0.0.1:1' });

  test('sending emails everyone asked in the latest round who has an email', async () => {
    const { leader, cycle, workspaceId } = await leaderWhoListened(state.testApp);
    await leader.client.post(`/api/workspaces/${workspaceId}/stakeholders`, {
      name: 'Not Asked',
      email: 'not-asked@example.com',
      relationshipGroup: 'peer',
    });
    const sent = await leader.client.post(`/api/cycles/${cycle.id}/announcement`, { ...message, send: true });
    const body = (await sent.json()) as Json;
    expect(body.delivery).toEqual({ emailed: 5, byHand: [], mailServer: true });
    expect(body.announcement.recipientsCount).toBe(5);
    const outbox = await state.testApp.database.db
      .selectFrom('outbox')
      .select(['to_address', 'text_body'])
      .where('subject', '=', message.subject)
      .execute();
    expect(outbox.map((m) => m.to_address).sort()).toEqual(fiveStakeholders.map((s) => s.email).sort());
    expect(outbox[0]?.text_body).toBe(message.body);
  });
});
