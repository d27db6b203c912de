import { sql } from 'kysely';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { fiveStakeholders, leaderWithCycle } from '../../../../tests/support/leader-fixture';
import {
  createClient,
  createTestApp,
  signedUpClient,
  type TestApp,
} from '../../../../tests/support/test-app';
import { describeEachEngine } from '../../../../tests/support/test-database';

// biome-ignore lint/suspicious/noExplicitAny: response bodies are read loosely in these tests.
type Json = Record<string, any>;
const closesOn = '2026-12-10';

describeEachEngine('listening rounds', (engine) => {
  let testApp: TestApp;
  let now: Date;
  beforeEach(async () => {
    now = new Date('2026-12-01T09:00:00Z');
    testApp = await createTestApp(engine, { now: () => now });
  });
  afterEach(async () => {
    await testApp.dispose();
  });

  async function openedRound() {
    const setup = await leaderWithCycle(testApp);
    const opened = await setup.leader.client.post(`/api/cycles/${setup.cycle.id}/rounds`, {
      kind: 'listening',
      intro: 'I am working on listening better and would value your ideas.',
      closesOn,
      stakeholderIds: setup.stakeholderIds,
    });
    expect(opened.status).toBe(201);
    const { roundId, links } = (await opened.json()) as { roundId: string; links: { url: string }[] };
    return { ...setup, roundId, links };
  }

  /** A stakeholder in their own browser: follows the link, reads the form, answers. */
  async function answer(url: string, answers: (page: Json) => Json, showMyName = false) {
    const stakeholder = createClient(testApp.app);
    const visit = await stakeholder.get(new URL(url).pathname);
    expect(visit.status).toBe(303);
    expect(visit.headers.get('location')).toBe('/answer');
    const page = (await (await stakeholder.get('/api/answer')).json()) as Json;
    const submitted = await stakeholder.post('/api/answer', { answers: answers(page), showMyName });
    return { stakeholder, page, submitted };
  }

  const fullAnswers = (rating: number, idea: string) => (page: Json) =>
    Object.fromEntries(
      page.page.questions.map((question: Json) => [
        question.id,
        question.kind === 'rating' ? rating : question.feedforward ? idea : 'Working with you is fine.',
      ]),
    );

  test('without SMTP every stakeholder gets a copyable link and the leader sees only the count while open', async () => {
    const { leader, roundId, links } = await openedRound();
    expect(links).toHaveLength(5);
    await answer(links[0]?.url as string, fullAnswers(4, 'Ask me about my week in our one-to-ones.'));
    const view = (await (await leader.client.get(`/api/rounds/${roundId}`)).json()) as Json;
    expect(view.results).toEqual({ released: false, reason: 'open', responseCount: 1, k: 3 });
    expect(view.round.invitedCount).toBe(5);
    expect(JSON.stringify(view)).not.toContain('Ask me about my week');
  });

  test('after closing with at least k responses the leader sees aggregates and the suggestions', async () => {
    const { leader, roundId, links } = await openedRound();
    const ideas = ['Keep standups short.', 'shorter standups pls', 'Summarize what you heard.'];
    for (const [index, link] of links.slice(0, 3).entries()) {
      const { submitted } = await answer(link.url, fullAnswers(3 + (index % 2), ideas[index] as string));
      expect(submitted.status).toBe(201);
    }
    expect((await leader.client.post(`/api/rounds/${roundId}/close`)).status).toBe(204);
    const view = (await (await leader.client.get(`/api/rounds/${roundId}`)).json()) as Json;
    expect(view.results.released).toBe(true);
    expect(view.results.ratings[0].overall.n).toBe(3);
    const texts = view.results.texts.flatMap((text: Json) => text.answers);
    expect(texts).toEqual(expect.arrayContaining(ideas));
    // Two people asked for short standups (each in both suggestions); the third person's two
    // suggestions alike are one person's idea, not a shared one.
    expect(view.themes).toEqual([
      { label: 'standups short', suggestions: expect.arrayContaining(ideas.slice(0, 2)) },
    ]);
    expect(view.themes[0].suggestions).toHaveLength(4);
  });

  test('nothing the leader can read names who answered', async () => {
    const { leader, roundId, cycle, links } = await openedRound();
    for (const link of links.slice(1, 4)) await answer(link.url, fullAnswers(4, 'Ask me more questions.'));
    const openView = await (await leader.client.get(`/api/rounds/${roundId}`)).text();
    await leader.client.post(`/api/rounds/${roundId}/close`);
    const closedView = await (await leader.client.get(`/api/rounds/${roundId}`)).text();
    const cycleView = await (await leader.client.get(`/api/cycles/${cycle.id}`)).text();
    for (const body of [openView, closedView, cycleView]) {
      for (const stakeholder of fiveStakeholders) {
        expect(body).not.toContain(stakeholder.name);
        expect(body).not.toContain(stakeholder.email);
      }
      expect(body).not.toMatch(/answered"|stakeholderId|invitation_?id|submitted_on/i);
    }
  });

  test('someone added to an open round gets their own new link', async () => {
    const { leader, roundId, workspaceId } = await openedRound();
    const added = await leader.client.post(`/api/workspaces/${workspaceId}/stakeholders`, {
      name: 'Eve Other',
      relationshipGroup: 'other',
    });
    const { stakeholder } = (await added.json()) as Json;
    const invited = await leader.client.post(`/api/rounds/${roundId}/invitations`, {
      stakeholderId: stakeholder.id,
    });
    expect(invited.status).toBe(201);
    const { link } = (await invited.json()) as Json;
    const { submitted } = await answer(link.url, fullAnswers(3, 'Share your plans earlier.'));
    expect(submitted.status).toBe(201);
    const again = await leader.client.post(`/api/rounds/${roundId}/invitations`, {
      stakeholderId: stakeholder.id,
    });
    expect(again.status).toBe(409);
  });

  test('the thank-you note can be sent once, after the round closes', async () => {
    const { leader, roundId, cycle } = await openedRound();
    const note = { message: 'Thank you all for your honest ideas. I will share my plan soon.' };
    expect((await leader.client.post(`/api/rounds/${roundId}/thank-you`, note)).status).toBe(409);
    await leader.client.post(`/api/rounds/${roundId}/close`);
    const sent = await leader.client.post(`/api/rounds/${roundId}/thank-you`, note);
    expect(sent.status).toBe(200);
    expect(((await sent.json()) as Json).delivery.byHand).toHaveLength(5);
    expect((await leader.client.post(`/api/rounds/${roundId}/thank-you`, note)).status).toBe(409);
    const { cycle: detail } = (await (await leader.client.get(`/api/cycles/${cycle.id}`)).json()) as Json;
    expect(detail.rounds[0].thankedAt).toEqual(expect.any(String));
  });

  test('responses are not stored in the order people answered', async () => {
    // Four rounds of five answers: all four kept in arrival order by chance is about 1 in 2·10^8.
    let keptArrivalOrder = 0;
    for (let round = 0; round < 4; round++) {
      const { links, roundId } = await openedRound();
      for (const [index, link] of links.entries())
        await answer(link.url, fullAnswers(3, `Idea number ${index}`));
      // Storage order: SQLite's table has no rowid and is kept in the order of its primary key.
      const rows = await testApp.database.db
        .selectFrom('responses')
        .select('answers')
        .where('round_id', '=', roundId)
        .orderBy(engine === 'sqlite' ? sql`id` : sql`ctid`)
        .execute();
      const stored = rows.map((row) => JSON.parse(row.answers)['feedforward-1']);
      if (stored.every((idea, index) => idea === `Idea number ${index}`)) keptArrivalOrder++;
    }
    expect(keptArrivalOrder).toBeLessThan(4);
    if (engine === 'sqlite') {
      await expect(sql`select rowid from responses`.execute(testApp.database.db)).rejects.toThrow(/rowid/);
    }
  });

  test("a link opens the form for anyone but the round's own leader signed in on that browser", async () => {
    const { leader, links } = await openedRound();
    const path = new URL(links[0]?.url as string).pathname;
    const ownBrowser = await leader.client.get(path);
    expect(ownBrowser.headers.get('location')).toBe('/link-for-someone-else');
    // A colleague who also has an account, signed in, is just a stakeholder here.
    const colleague = await signedUpClient(testApp, 'Col League');
    const visit = await colleague.client.get(path);
    expect(visit.headers.get('location')).toBe('/answer');
    expect((await colleague.client.get('/api/answer')).status).toBe(200);
  });

  test('a response row keeps only round, group and answers, and no time at all', async () => {
    const { links } = await openedRound();
    now = new Date('2026-12-02T15:47:13Z');
    await answer(links[0]?.url as string, fullAnswers(5, 'Keep asking open questions.'));
    const rows = await testApp.database.db.selectFrom('responses').selectAll().execute();
    expect(rows).toHaveLength(1);
    expect(Object.keys(rows[0] ?? {}).sort()).toEqual(
      ['answers', 'id', 'named_manager', 'relationship_group', 'round_id'].sort(),
    );
    // The ids are random and may hold any digits; everything else must carry no trace of the time.
    const { id: _id, round_id: _roundId, ...stored } = rows[0] ?? {};
    expect(JSON.stringify(stored)).not.toMatch(/2026|15:47|1796/);
  });

  test('results stay hidden when the round closes with fewer than k responses', async () => {
    const { leader, roundId, links } = await openedRound();
    for (const link of links.slice(0, 2)) await answer(link.url, fullAnswers(2, 'Look up from the laptop.'));
    await leader.client.post(`/api/rounds/${roundId}/close`);
    const view = (await (await leader.client.get(`/api/rounds/${roundId}`)).json()) as Json;
    expect(view.results).toEqual({ released: false, reason: 'too-few', responseCount: 2, k: 3 });
    expect(view.themes).toEqual([]);
  });

  test('a closed round takes no more answers', async () => {
    const { leader, roundId, links } = await openedRound();
    await leader.client.post(`/api/rounds/${roundId}/close`);
    const stakeholder = createClient(testApp.app);
    await stakeholder.get(new URL(links[0]?.url as string).pathname);
    const page = await stakeholder.get('/api/answer');
    expect(page.status).toBe(410);
    expect(((await page.json()) as Json).error.code).toBe('round_closed');
    expect((await stakeholder.post('/api/answer', { answers: {} })).status).toBe(410);
  });

  test('another leader cannot see or close the round', async () => {
    const { roundId } = await openedRound();
    const other = await leaderWithCycle(testApp);
    expect((await other.leader.client.get(`/api/rounds/${roundId}`)).status).toBe(404);
    expect((await other.leader.client.post(`/api/rounds/${roundId}/close`)).status).toBe(404);
  });

  test('a round must ask at least k people', async () => {
    const { leader, cycle, stakeholderIds } = await leaderWithCycle(testApp);
    const response = await leader.client.post(`/api/cycles/${cycle.id}/rounds`, {
      kind: 'listening',
      intro: 'I would value your ideas on my listening.',
      closesOn,
      stakeholderIds: stakeholderIds.slice(0, 2),
    });
    expect(response.status).toBe(400);
    expect(((await response.json()) as Json).error.field).toBe('stakeholderIds');
  });

  test('a manager who chooses to be named is shown apart and kept out of the aggregates', async () => {
    const { leader, roundId, links } = await openedRound();
    const managerLink = links[4]?.url as string;
    const { page } = await answer(managerLink, fullAnswers(1, 'Delegate the release planning.'), true);
    expect(page.page.canBeNamed).toBe(true);
    for (const link of links.slice(0, 3)) await answer(link.url, fullAnswers(5, 'Keep it up.'));
    await leader.client.post(`/api/rounds/${roundId}/close`);
    const view = (await (await leader.client.get(`/api/rounds/${roundId}`)).json()) as Json;
    expect(view.results.ratings[0].overall).toMatchObject({ n: 3, mean: 5 });
    expect(view.results.namedManager).toHaveLength(1);
    const texts = view.results.texts.flatMap((text: Json) => text.answers);
    expect(texts).not.toContain('Delegate the release planning.');
  });
});

describeEachEngine('round reminders', (engine) => {
  test('reminders go by job only to people who have not answered, at most twice', async () => {
    let now = new Date('2026-12-01T09:00:00Z');
    const testApp = await createTestApp(engine, { now: () => now, env: { SMTP_URL: 'smtp://127.0.0.1:1' } });
    try {
      const { leader, cycle, stakeholderIds } = await leaderWithCycle(testApp);
      const opened = await leader.client.post(`/api/cycles/${cycle.id}/rounds`, {
        kind: 'listening',
        intro: 'I am working on listening better and would value your ideas.',
        closesOn,
        stakeholderIds,
      });
      expect(((await opened.json()) as Json).links).toEqual([]);
      const invitations = await testApp.database.db
        .selectFrom('outbox')
        .select(['to_address', 'text_body'])
        .execute();
      expect(invitations).toHaveLength(5);
      const adaLink = invitations
        .find((m) => m.to_address === 'ada@example.com')
        ?.text_body.match(/\/a\/[\w-]+/)?.[0];
      const ada = createClient(testApp.app);
      await ada.get(adaLink as string);
      const page = (await (await ada.get('/api/answer')).json()) as Json;
      const answers = Object.fromEntries(
        page.page.questions.map((q: Json) => [q.id, q.kind === 'rating' ? 3 : 'Ask open questions.']),
      );
      expect((await ada.post('/api/answer', { answers })).status).toBe(201);

      const reminders = async () =>
        (await testApp.database.db.selectFrom('outbox').select(['to_address', 'subject']).execute()).filter(
          (m) => m.subject.startsWith('Reminder'),
        );
      now = new Date('2026-12-05T00:00:00Z');
      await testApp.jobRunner.tick();
      expect((await reminders()).map((m) => m.to_address).sort()).toEqual(
        ['ben@example.com', 'cy@example.com', 'dee@example.com', 'max@example.com'].sort(),
      );
      now = new Date('2026-12-09T00:00:00Z');
      await testApp.jobRunner.tick();
      now = new Date('2026-12-09T12:00:00Z');
      await testApp.jobRunner.tick();
      expect(await reminders()).toHaveLength(8);
      now = new Date('2026-12-11T00:00:01Z');
      await testApp.jobRunner.tick();
      const round = await testApp.database.db.selectFrom('rounds').select('status').executeTakeFirstOrThrow();
      expect(round.status).toBe('closed');
    } finally {
      await testApp.dispose();
    }
  });
});
