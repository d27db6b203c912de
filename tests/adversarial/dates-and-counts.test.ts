import { afterEach, expect, test } from 'vitest';
import type { TestApp } from '../support/test-app';
import { describeEachEngine } from '../support/test-database';
import {
  answerThrough,
  appWithClock,
  closeRound,
  everythingTheLeaderCanRead,
  type Json,
  leaderView,
  leavesOf,
  openRound,
  signedAnswers,
} from './adversary-kit';

/** The leader (or an admin) looks for when each answer arrived, or who has not answered yet. */

describeEachEngine('dates, counts and reminders', (engine) => {
  let testApp: TestApp;
  afterEach(async () => {
    await testApp.dispose();
  });

  test('attack: look for the time of day of an answer anywhere the leader can read', async () => {
    const world = await appWithClock(engine);
    testApp = world.testApp;
    const setup = await openRound(testApp);
    const answeredAt = ['2026-12-02T15:47:13.000Z', '2026-12-03T07:12:55.000Z', '2026-12-04T22:03:41.000Z'];
    for (const [index, name] of ['Ada', 'Ben', 'Cy'].entries()) {
      world.clock.set(answeredAt[index] as string);
      await answerThrough(testApp, setup.urlOf(name), signedAnswers(4, name));
    }
    world.clock.set('2026-12-05T09:00:00Z');
    await closeRound(setup);
    for (const [path, body] of Object.entries(await everythingTheLeaderCanRead(setup))) {
      for (const moment of answeredAt) {
        expect(body, path).not.toContain(moment.slice(0, 13));
        expect(body, path).not.toContain(moment.slice(11, 19));
      }
    }
  });

  test('attack: look for any per-response date field in the round view', async () => {
    ({ testApp } = await appWithClock(engine));
    const setup = await openRound(testApp);
    for (const name of ['Ada', 'Ben', 'Cy'])
      await answerThrough(testApp, setup.urlOf(name), signedAnswers(4, name));
    await closeRound(setup);
    const view = await leaderView(setup);
    const dated = [...leavesOf(view)]
      .filter(([, value]) => typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value))
      .map(([path]) => path);
    // Only the round's own dates, which the leader set or caused; nothing about any response.
    expect(dated.sort()).toEqual(['round.closedAt', 'round.closesOn', 'round.openedAt'].sort());
    expect(JSON.stringify(view)).not.toMatch(/submitted/i);
  });

  test('attack: read the moment of answering from the responses table', async () => {
    const world = await appWithClock(engine);
    testApp = world.testApp;
    const setup = await openRound(testApp);
    world.clock.set('2026-12-02T15:47:13Z');
    await answerThrough(testApp, setup.urlOf('Dee'), signedAnswers(4, 'Dee'));
    const rows = await testApp.database.db.selectFrom('responses').selectAll().execute();
    for (const row of rows) expect(JSON.stringify(row)).not.toMatch(/2026-12-02|T\d{2}:\d{2}|15:47/);
  });

  test("attack: read per-invitation fields from the leader's round view", async () => {
    ({ testApp } = await appWithClock(engine));
    const setup = await openRound(testApp);
    await answerThrough(testApp, setup.urlOf('Ada'), signedAnswers(4, 'Ada'));
    const view = await leaderView(setup);
    const viewFields = ['baseline', 'changeSummaries', 'competency', 'results', 'round', 'themes'];
    expect(Object.keys(view).filter((key) => !viewFields.includes(key))).toEqual([]);
    const roundFields = [
      'anonymityK',
      'closedAt',
      'closesOn',
      'cycleId',
      'id',
      'intro',
      'invitedCount',
      'kind',
      // The round's one language, the same for everyone asked (decision 0044).
      'language',
      'openedAt',
      'questions',
      'status',
      'thankedAt',
    ];
    expect(Object.keys(view.round).filter((key) => !roundFields.includes(key))).toEqual([]);
    expect(typeof view.round.invitedCount).toBe('number');
  });

  test('attack: compare everything the leader can read before and after the reminders go out', async () => {
    const world = await appWithClock(engine, { SMTP_URL: 'smtp://127.0.0.1:1' });
    testApp = world.testApp;
    const setup = await openRound(testApp);
    const outbox = await testApp.database.db
      .selectFrom('outbox')
      .select(['to_address', 'text_body'])
      .execute();
    const adaLink = outbox
      .find((mail) => mail.to_address === 'ada@example.com')
      ?.text_body.match(/\/a\/[\w-]+/)?.[0];
    await answerThrough(testApp, `http://localhost:3000${adaLink}`, signedAnswers(3, 'Ada'));
    const before = await everythingTheLeaderCanRead(setup);
    world.clock.set('2026-12-05T00:00:00Z');
    await testApp.jobRunner.tick();
    const reminded = await testApp.database.db
      .selectFrom('outbox')
      .select('to_address')
      .where('subject', 'like', 'Reminder%')
      .execute();
    expect(reminded).toHaveLength(4);
    expect(await everythingTheLeaderCanRead(setup)).toEqual(before);
  });

  test("attack: the admin reads stakeholders' links in the workspace outbox", async () => {
    ({ testApp } = await appWithClock(engine, { SMTP_URL: 'smtp://127.0.0.1:1' }));
    const setup = await openRound(testApp);
    // The leader of a personal workspace is its admin too: the outbox they may read.
    const response = await setup.leader.client.get(`/api/workspaces/${setup.workspaceId}/outbox`);
    expect(response.status).toBe(200);
    const { messages } = (await response.json()) as Json;
    const text = JSON.stringify(messages);
    expect(text).not.toMatch(/\/a\//);
    expect(text).not.toMatch(/ada@example\.com|ben@example\.com/);
  });
});
