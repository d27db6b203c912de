import { afterEach, expect, test } from 'vitest';
import { leaderWithCycle } from '../../../../tests/support/leader-fixture';
import { createClient, createTestApp, type TestApp, testBaseUrl } from '../../../../tests/support/test-app';
import { describeEachEngine } from '../../../../tests/support/test-database';

// biome-ignore lint/suspicious/noExplicitAny: response bodies are read loosely in these tests.
type Json = Record<string, any>;
const closesOn = '2026-12-10';
const smtp = { SMTP_URL: 'smtp://127.0.0.1:1' };

describeEachEngine('links passed on by hand and mailed links', (engine) => {
  let testApp: TestApp;
  let now: Date;
  afterEach(async () => {
    await testApp.dispose();
  });

  async function openedRound(env: Record<string, string> = {}) {
    now = new Date('2026-12-01T09:00:00Z');
    testApp = await createTestApp(engine, { now: () => now, env });
    const setup = await leaderWithCycle(testApp);
    const opened = await setup.leader.client.post(`/api/cycles/${setup.cycle.id}/rounds`, {
      kind: 'listening',
      intro: 'I am working on listening better and would value your ideas.',
      closesOn,
      stakeholderIds: setup.stakeholderIds,
    });
    expect(opened.status).toBe(201);
    const body = (await opened.json()) as Json;
    const urlOf = (name: string) =>
      body.links.find((link: Json) => link.name.startsWith(name))?.url as string;
    return { ...setup, ...body, roundId: body.roundId as string, links: body.links as Json[], urlOf };
  }

  /** A browser that follows the link and reads the form. */
  async function visit(url: string, browser = createClient(testApp.app)) {
    await browser.get(new URL(url).pathname);
    const page = await browser.get('/api/answer');
    return { browser, status: page.status, body: (await page.json()) as Json };
  }

  async function answerIn(browser: ReturnType<typeof createClient>, page: Json, showMyName = false) {
    const answers = Object.fromEntries(
      page.page.questions.map((question: Json) => [
        question.id,
        question.kind === 'rating' ? 4 : 'Ask what we tried before you suggest a fix.',
      ]),
    );
    return browser.post('/api/answer', { answers, showMyName });
  }

  async function answer(url: string, browser = createClient(testApp.app)) {
    const { body } = await visit(url, browser);
    return answerIn(browser, body);
  }

  const storedGroups = async () =>
    (await testApp.database.db.selectFrom('responses').select('relationship_group').execute())
      .map((row) => row.relationship_group)
      .sort();

  test('without SMTP everyone of a relationship group gets the same link, and each group its own', async () => {
    const round = await openedRound();
    expect(round.links.map((link: Json) => [link.name, link.relationshipGroup, link.email])).toEqual([
      ['Ada Report', 'direct_report', 'ada@example.com'],
      ['Ben Report', 'direct_report', 'ben@example.com'],
      ['Cy Report', 'direct_report', 'cy@example.com'],
      ['Dee Peer', 'peer', 'dee@example.com'],
      ['Max Manager', 'manager', 'max@example.com'],
    ]);
    expect(round.urlOf('Ada')).toBe(round.urlOf('Cy'));
    expect(new Set([round.urlOf('Ada'), round.urlOf('Dee'), round.urlOf('Max')]).size).toBe(3);
    expect(round).toMatchObject({ kind: 'listening', closesOn, anonymityK: 3, leaderName: 'Lee Leader' });
    // No personal token and no answered flag exist for anyone whose link passes through the leader.
    const db = testApp.database.db;
    expect(await db.selectFrom('invitation_tokens').selectAll().execute()).toEqual([]);
  });

  test('an answer through a group link is stored with that group, and only a manager may be named', async () => {
    const round = await openedRound();
    const manager = await visit(round.urlOf('Max'));
    expect(manager.body.page).toMatchObject({ canBeNamed: true, delivery: 'group' });
    expect((await answerIn(manager.browser, manager.body, true)).status).toBe(201);
    const peer = await visit(round.urlOf('Dee'));
    expect(peer.body.page.canBeNamed).toBe(false);
    expect((await answerIn(peer.browser, peer.body, true)).status).toBe(201);
    expect(await storedGroups()).toEqual(['manager', 'peer']);
    const named = await testApp.database.db.selectFrom('responses').select('named_manager').execute();
    expect(named.map((row) => row.named_manager).sort()).toEqual([0, 1]);
    const invitations = await testApp.database.db
      .selectFrom('round_invitations')
      .select('answered')
      .execute();
    expect(invitations.map((row) => row.answered)).toEqual([0, 0, 0, 0, 0]);
  });

  test('a group link takes one answer per browser', async () => {
    const round = await openedRound();
    const ada = createClient(testApp.app);
    expect((await answer(round.urlOf('Ada'), ada)).status).toBe(201);
    const again = await visit(round.urlOf('Ada'), ada);
    expect(again.status).toBe(409);
    expect(again.body.error).toEqual({
      code: 'already_answered',
      message: 'You have already answered from this browser. Answers cannot be changed.',
    });
    expect((await answerIn(ada, { page: { questions: [] } })).status).toBe(409);
    // The note is the browser's own, per round: a colleague in another browser still answers.
    expect((await answer(round.urlOf('Ben'))).status).toBe(201);
    const cookie = ada.cookies.get('ff_answered');
    expect(cookie).toBe(round.roundId);
    expect(await storedGroups()).toEqual(['direct_report', 'direct_report']);
  });

  test('a group link takes answers until the round has as many as people were asked', async () => {
    const round = await openedRound();
    for (const name of ['Ada', 'Ben', 'Cy', 'Dee', 'Max'])
      expect((await answer(round.urlOf(name))).status).toBe(201);
    const full = await visit(round.urlOf('Ada'));
    expect(full.status).toBe(410);
    expect(full.body.error.code).toBe('round_full');
    const late = await visit(round.urlOf('Max'));
    expect((await answerIn(late.browser, { page: { questions: [] } })).status).toBe(410);
  });

  test('two answers at once cannot both take the last place', async () => {
    const round = await openedRound();
    for (const name of ['Ada', 'Ben', 'Cy', 'Dee']) await answer(round.urlOf(name));
    const first = await visit(round.urlOf('Max'));
    const second = await visit(round.urlOf('Max'));
    const statuses = await Promise.all([
      answerIn(first.browser, first.body),
      answerIn(second.browser, second.body),
    ]).then((responses) => responses.map((response) => response.status).sort());
    expect(statuses).toEqual([201, 410]);
    expect(await storedGroups()).toHaveLength(5);
  });

  test('the leader gets the links again while the round is open, and earlier links keep working', async () => {
    const round = await openedRound();
    const again = await round.leader.client.post(`/api/rounds/${round.roundId}/links`);
    expect(again.status).toBe(201);
    const body = (await again.json()) as Json;
    expect(body).toMatchObject({
      roundId: round.roundId,
      kind: 'listening',
      closesOn,
      leaderName: 'Lee Leader',
    });
    expect(body.links.map((link: Json) => link.name)).toEqual(round.links.map((link: Json) => link.name));
    const fresh = body.links.find((link: Json) => link.name === 'Ada Report').url;
    expect(fresh).not.toBe(round.urlOf('Ada'));
    expect((await answer(fresh)).status).toBe(201);
    expect((await answer(round.urlOf('Ben'))).status).toBe(201);
    expect((await round.leader.client.post(`/api/rounds/${round.roundId}/close`)).status).toBe(204);
    const closed = await round.leader.client.post(`/api/rounds/${round.roundId}/links`);
    expect(closed.status).toBe(409);
    expect(((await closed.json()) as Json).error.code).toBe('round_closed');
    expect((await visit(fresh)).body.error.code).toBe('round_closed');
  });

  test('only the round’s own leader gets its links again', async () => {
    const round = await openedRound();
    const other = await leaderWithCycle(testApp);
    expect((await other.leader.client.post(`/api/rounds/${round.roundId}/links`)).status).toBe(404);
    expect((await testApp.client().post(`/api/rounds/${round.roundId}/links`)).status).toBe(401);
  });

  test('adding someone to an open round gives the link of their group', async () => {
    now = new Date('2026-12-01T09:00:00Z');
    testApp = await createTestApp(engine, { now: () => now });
    const setup = await leaderWithCycle(testApp);
    const opened = await setup.leader.client.post(`/api/cycles/${setup.cycle.id}/rounds`, {
      kind: 'listening',
      intro: 'I am working on listening better and would value your ideas.',
      closesOn,
      stakeholderIds: setup.stakeholderIds.slice(0, 4),
    });
    const { roundId } = (await opened.json()) as Json;
    const added = await setup.leader.client.post(`/api/rounds/${roundId}/invitations`, {
      stakeholderId: setup.stakeholderIds[4],
    });
    expect(added.status).toBe(201);
    const { link, links } = (await added.json()) as Json;
    expect(link).toMatchObject({ name: 'Max Manager', relationshipGroup: 'manager' });
    expect(links).toEqual([link]);
    expect((await visit(link.url)).body.page.canBeNamed).toBe(true);
  });

  test('with SMTP, people with an email are mailed a personal link and only the others are handed one', async () => {
    const round = await openedRound(smtp);
    expect(round.links).toEqual([]);
    const db = testApp.database.db;
    const noEmail = await round.leader.client.post(`/api/workspaces/${round.workspaceId}/stakeholders`, {
      name: 'Nia Noemail',
      email: null,
      relationshipGroup: 'peer',
    });
    const { stakeholder } = (await noEmail.json()) as Json;
    const added = (await (
      await round.leader.client.post(`/api/rounds/${round.roundId}/invitations`, {
        stakeholderId: stakeholder.id,
      })
    ).json()) as Json;
    expect(added.link.name).toBe('Nia Noemail');
    const again = (await (
      await round.leader.client.post(`/api/rounds/${round.roundId}/links`)
    ).json()) as Json;
    expect(again.links.map((link: Json) => link.name)).toEqual(['Nia Noemail']);
    const mailed = await db.selectFrom('outbox').select(['to_address', 'text_body']).execute();
    const adaPath = mailed
      .find((row) => row.to_address === 'ada@example.com')
      ?.text_body.match(/\/a\/[\w-]+/)?.[0];
    const ada = await visit(`${testBaseUrl}${adaPath}`);
    expect(ada.body.page.delivery).toBe('mailed');
    expect((await visit(added.link.url)).body.page.delivery).toBe('group');
  });

  test('a stakeholder cannot answer twice with the link mailed to them, even from another browser', async () => {
    const round = await openedRound(smtp);
    const mailed = await testApp.database.db
      .selectFrom('outbox')
      .select(['to_address', 'text_body'])
      .execute();
    const path = mailed
      .find((row) => row.to_address === 'ada@example.com')
      ?.text_body.match(/\/a\/[\w-]+/)?.[0];
    const url = `${testBaseUrl}${path}`;
    expect((await answer(url)).status).toBe(201);
    const second = await visit(url);
    expect(second.status).toBe(409);
    expect(second.body.error.code).toBe('already_answered');
    expect((await answerIn(second.browser, { page: { questions: [] } })).status).toBe(409);
    const invitations = await testApp.database.db
      .selectFrom('round_invitations')
      .select('answered')
      .execute();
    expect(invitations.map((row) => row.answered).sort()).toEqual([0, 0, 0, 0, 1]);
    expect(round.links).toEqual([]);
  });

  test('a person handed a group link is never reminded by mail, even once the leader adds their address', async () => {
    const round = await openedRound(smtp);
    const noEmail = await round.leader.client.post(`/api/workspaces/${round.workspaceId}/stakeholders`, {
      name: 'Nia Noemail',
      email: null,
      relationshipGroup: 'peer',
    });
    const { stakeholder } = (await noEmail.json()) as Json;
    await round.leader.client.post(`/api/rounds/${round.roundId}/invitations`, {
      stakeholderId: stakeholder.id,
    });
    const edited = await round.leader.client.put(`/api/stakeholders/${stakeholder.id}`, {
      name: 'Nia Noemail',
      email: 'nia@example.com',
      relationshipGroup: 'peer',
    });
    expect(edited.status).toBe(200);
    now = new Date('2026-12-05T00:00:00Z');
    await testApp.jobRunner.tick();
    const reminded = await testApp.database.db
      .selectFrom('outbox')
      .select('to_address')
      .where('subject', 'like', 'Reminder%')
      .execute();
    expect(reminded.map((row) => row.to_address)).not.toContain('nia@example.com');
    expect(reminded).toHaveLength(5);
  });
});
