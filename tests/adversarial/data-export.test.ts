import { afterEach, expect, test } from 'vitest';
import type { TestApp } from '../support/test-app';
import { describeEachEngine } from '../support/test-database';
import {
  answersOf,
  answerThrough,
  appWithClock,
  closeRound,
  commit,
  type Json,
  leavesOf,
  openRound,
  openRoundOf,
  signedAnswers,
  signInAgain,
} from './adversary-kit';
import { csvRecords, exportOf } from './export-kit';

/**
 * The leader downloads "all my data" hoping it holds what the screens withhold: the links,
 * who answered, when, in which order, or figures the k rules hid.
 */

describeEachEngine('the data export', (engine) => {
  let testApp: TestApp;
  afterEach(async () => {
    await testApp.dispose();
  });

  const everythingIn = (files: Map<string, string>) => [...files.values()].join('\n');

  test('attack: search the export for link tokens, token hashes, invitation ids and response ids', async () => {
    ({ testApp } = await appWithClock(engine));
    const setup = await openRound(testApp);
    for (const name of ['Ada', 'Ben', 'Cy'])
      await answerThrough(testApp, setup.urlOf(name), signedAnswers(4, name));
    await closeRound(setup);
    await commit(setup);
    const pulse = await openRoundOf(setup, 'pulse');
    await answerThrough(
      testApp,
      pulse.urlOf('Dee'),
      answersOf('Dee', () => null),
    );
    const db = testApp.database.db;
    const secrets = [
      ...setup.tokens,
      ...pulse.tokens,
      ...(await db.selectFrom('invitation_tokens').select('token_hash').execute()).map(
        (row) => row.token_hash,
      ),
      ...(await db.selectFrom('round_links').select('token_hash').execute()).map((row) => row.token_hash),
      ...(await db.selectFrom('round_invitations').select('id').execute()).map((row) => row.id),
      ...(await db.selectFrom('responses').select('id').execute()).map((row) => row.id),
    ];
    // Links (one per group, listed per person), their hashes, the invitations and the responses.
    expect(secrets.length).toBeGreaterThanOrEqual(10 + 6 + 10 + 4);
    const everything = everythingIn(await exportOf(setup.leader.client));
    for (const secret of secrets) expect(everything).not.toContain(secret);
    expect(everything).not.toContain('/a/');
  });

  test('attack: look for answered flags, reminder counts or a row per invitation in the export', async () => {
    ({ testApp } = await appWithClock(engine));
    const setup = await openRound(testApp);
    for (const name of ['Ada', 'Ben'])
      await answerThrough(testApp, setup.urlOf(name), signedAnswers(4, name));
    const files = await exportOf(setup.leader.client);
    const data = JSON.parse(files.get('feedforward-export.json') as string) as Json;
    const keys = [...leavesOf(data)].map(([key]) => key);
    const columns = [...files]
      .filter(([name]) => name.endsWith('.csv'))
      .flatMap(([name, csv]) => (csv.split('\r\n')[0] ?? '').split(',').map((column) => ({ name, column })));
    // "token" means an invitation's link here; the account's own API tokens are its to export.
    const perPerson = /answered|responded|reminders_?sent|remindersSent|invitation_?id|token|submitted/i;
    for (const key of keys) expect(key).not.toMatch(perPerson);
    for (const { name, column } of columns) expect(column, name).not.toMatch(perPerson);
    expect([...files.keys()].filter((name) => /invitation|response|outbox/i.test(name))).toEqual([]);
    // The round says how many were asked, as the screens do, and nothing per person.
    expect(data.rounds[0]).toMatchObject({ invitedCount: 5 });
  });

  test('attack: look for the time of day of an answer in the export', async () => {
    const world = await appWithClock(engine);
    testApp = world.testApp;
    const setup = await openRound(testApp);
    const answeredAt = ['2026-12-02T15:47:13.000Z', '2026-12-03T07:12:55.000Z', '2026-12-04T22:03:41.000Z'];
    for (const [index, name] of ['Ada', 'Ben', 'Cy'].entries()) {
      world.clock.set(answeredAt[index] as string);
      await answerThrough(testApp, setup.urlOf(name), signedAnswers(4, name));
    }
    world.clock.set('2026-12-05T09:00:00Z');
    await signInAgain(setup);
    await closeRound(setup);
    const everything = everythingIn(await exportOf(setup.leader.client));
    for (const moment of answeredAt) {
      expect(everything).not.toContain(moment.slice(0, 13));
      expect(everything).not.toContain(moment.slice(11, 19));
    }
    expect(everything).not.toMatch(/submitted/i);
  });

  test('attack: read the order people answered in from the comments in the export', async () => {
    ({ testApp } = await appWithClock(engine));
    const setup = await openRound(testApp);
    // Reverse-alphabetical, so neither arrival nor sorted order can pass for a shuffle.
    const arrival = ['Max', 'Dee', 'Cy', 'Ben', 'Ada'];
    for (const name of arrival) await answerThrough(testApp, setup.urlOf(name), signedAnswers(3, name));
    await closeRound(setup);
    const orders: string[][] = [];
    for (let look = 0; look < 2; look++) {
      const files = await exportOf(setup.leader.client);
      const byQuestion = new Map<string, string[]>();
      for (const row of csvRecords(files.get('csv/round-comments.csv') as string)) {
        byQuestion.set(row.question as string, [
          ...(byQuestion.get(row.question as string) ?? []),
          (row.comment as string).split(' ')[0] as string,
        ]);
      }
      orders.push(...byQuestion.values());
    }
    expect(orders.length).toBeGreaterThanOrEqual(6);
    for (const order of orders) expect([...order].sort()).toEqual([...arrival].sort());
    // Six shuffles of five all matching arrival (or all sorted) would happen once in ~3·10^12.
    expect(orders.every((order) => order.join() === arrival.join())).toBe(false);
    expect(orders.every((order) => order.join() === [...arrival].sort().join())).toBe(false);
  });

  test("attack: read an open round's answers, or a round closed below k, through the export", async () => {
    ({ testApp } = await appWithClock(engine));
    const setup = await openRound(testApp);
    for (const name of ['Ada', 'Ben'])
      await answerThrough(testApp, setup.urlOf(name), signedAnswers(1, `Listening-${name}`));
    await closeRound(setup);
    await commit(setup);
    const survey = await openRoundOf(setup, 'mini_survey');
    for (const name of ['Ada', 'Ben', 'Cy', 'Dee'])
      await answerThrough(
        testApp,
        survey.urlOf(name),
        answersOf(`Survey-${name}`, () => -2),
      );
    const files = await exportOf(setup.leader.client);
    const data = JSON.parse(files.get('feedforward-export.json') as string) as Json;
    expect(data.rounds.map((round: Json) => round.results)).toEqual([
      { released: false, reason: 'too-few', responseCount: 2, k: 3 },
      { released: false, reason: 'open', responseCount: 4, k: 3 },
    ]);
    const everything = everythingIn(files);
    expect(everything).not.toMatch(/Listening-|Survey-/);
    for (const table of ['round-ratings', 'round-choices', 'round-comments', 'round-manager-answers'])
      expect(csvRecords(files.get(`csv/${table}.csv`) as string)).toEqual([]);
  });
});
