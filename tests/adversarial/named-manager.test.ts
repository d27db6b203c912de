import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import {
  invitedOf,
  release,
  responseFrom,
  seededRandom,
  threeDirectReports,
} from '../../src/server/modules/rounds/release.fixtures';
import type { TestApp } from '../support/test-app';
import { describeEachEngine } from '../support/test-database';
import {
  answerThrough,
  appWithClock,
  closeRound,
  type Json,
  leaderView,
  openRound,
  signedAnswers,
} from './adversary-kit';

/** Attacks around the one person who may be named: the leader's manager, by their own choice only. */

describeEachEngine('the named manager', (engine) => {
  let testApp: TestApp;
  beforeEach(async () => {
    ({ testApp } = await appWithClock(engine));
  });
  afterEach(async () => {
    await testApp.dispose();
  });

  test('attack: a direct report sends showMyName to be named (or to frame the manager)', async () => {
    const setup = await openRound(testApp);
    const { page } = await answerThrough(testApp, setup.urlOf('Ada'), signedAnswers(1, 'Ada'), true);
    expect(page.page.canBeNamed).toBe(false);
    for (const name of ['Ben', 'Cy']) await answerThrough(testApp, setup.urlOf(name), signedAnswers(5, name));
    await closeRound(setup);
    const { results } = await leaderView(setup);
    expect(results.namedManager).toBeNull();
    expect(results.ratings[0].overall.n).toBe(3);
  });

  test('attack: a peer reads the form hoping to be offered naming', async () => {
    const setup = await openRound(testApp);
    const peer = testApp.client();
    await peer.get(new URL(setup.urlOf('Dee')).pathname);
    const manager = testApp.client();
    await manager.get(new URL(setup.urlOf('Max')).pathname);
    expect(((await (await peer.get('/api/answer')).json()) as Json).page.canBeNamed).toBe(false);
    expect(((await (await manager.get('/api/answer')).json()) as Json).page.canBeNamed).toBe(true);
  });

  test('attack: the leader expects the manager to be named without the manager choosing it', async () => {
    const setup = await openRound(testApp);
    for (const name of ['Ada', 'Ben', 'Max'])
      await answerThrough(testApp, setup.urlOf(name), signedAnswers(3, name));
    await closeRound(setup);
    const { results } = await leaderView(setup);
    expect(results.namedManager).toBeNull();
    expect(results.ratings[0].overall.n).toBe(3);
    const stored = await testApp.database.db.selectFrom('responses').select('named_manager').execute();
    expect(stored.every((row) => row.named_manager === 0)).toBe(true);
  });

  test('attack: count the named manager toward k so two anonymous answers get released', async () => {
    const setup = await openRound(testApp);
    await answerThrough(testApp, setup.urlOf('Max'), signedAnswers(1, 'Max'), true);
    for (const name of ['Ada', 'Dee'])
      await answerThrough(testApp, setup.urlOf(name), signedAnswers(5, name));
    await closeRound(setup);
    const { results } = await leaderView(setup);
    expect(results).toEqual({ released: false, reason: 'too-few', responseCount: 3, k: 3 });
  });

  test("attack: subtract the named manager's shown answer from the aggregates", async () => {
    const setup = await openRound(testApp);
    await answerThrough(testApp, setup.urlOf('Max'), signedAnswers(1, 'Max'), true);
    for (const name of ['Ada', 'Ben', 'Cy'])
      await answerThrough(testApp, setup.urlOf(name), signedAnswers(5, name));
    await closeRound(setup);
    const { results } = await leaderView(setup);
    expect(results.namedManager).toHaveLength(1);
    for (const rating of results.ratings) {
      expect(rating.overall).toMatchObject({ n: 3, mean: 5 });
      expect(rating.byGroup.flatMap((group: Json) => group.groups)).not.toContain('manager');
    }
    const texts = results.texts.flatMap((text: Json) => text.answers).join('\n');
    expect(texts).not.toContain('Max on');
  });
});

describe('the named manager in the release rules', () => {
  test('attack: compare releases with and without the named manager to find their trace', () => {
    const named = responseFrom(
      'manager',
      { listening: 1, change: -3, feedforward: 'Delegate more', 'follow-up': 'never' },
      true,
    );
    // The manager was invited either way; only whether they answered, by name, differs.
    const invited = invitedOf([...threeDirectReports, named]);
    const without = release(threeDirectReports, seededRandom(1), invited);
    const withNamed = release([...threeDirectReports, named], seededRandom(1), invited);
    expect(withNamed.ratings).toEqual(without.ratings);
    expect(withNamed.choices).toEqual(without.choices);
    expect(withNamed.texts.map((text) => [...text.answers].sort())).toEqual(
      without.texts.map((text) => [...text.answers].sort()),
    );
  });
});
