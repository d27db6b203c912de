import { afterEach, beforeEach, expect, test } from 'vitest';
import { leaderWithCycle } from '../support/leader-fixture';
import { type TestApp, testBaseUrl } from '../support/test-app';
import { describeEachEngine } from '../support/test-database';
import {
  answerThrough,
  appWithClock,
  closeRound,
  type Json,
  leaderView,
  openRound,
  openRoundOf,
  signedAnswers,
} from './adversary-kit';
import {
  newStakeholder,
  outcome,
  outcomesTogether,
  raceTimeout,
  readyToAnswer,
  tally,
  tries,
} from './race-kit';

/** Answers sent twice at once, or just as the round closes (see race-kit). */

describeEachEngine('answers racing each other and the close', (engine) => {
  let testApp: TestApp;
  beforeEach(async () => {
    ({ testApp } = await appWithClock(engine));
  });
  afterEach(async () => {
    await testApp.dispose();
  });

  test("attack: send one link's answers twice at once", raceTimeout, async () => {
    // A personal one-time link is a mailed one (decision 0019): with SMTP, read it from the outbox.
    await testApp.dispose();
    ({ testApp } = await appWithClock(engine, { SMTP_URL: 'smtp://127.0.0.1:1' }));
    const setup = await openRound(testApp);
    const mailedLink = async (email: string) => {
      const sent = await testApp.database.db
        .selectFrom('outbox')
        .select('text_body')
        .where('to_address', '=', email)
        .executeTakeFirstOrThrow();
      return `${testBaseUrl}${sent.text_body.match(/\/a\/[\w-]+/)?.[0]}`;
    };
    const outcomes: string[] = [];
    for (let attempt = 0; attempt < tries; attempt++) {
      const stakeholderId = await newStakeholder(setup, `Keen Report ${attempt}`);
      const added = await setup.leader.client.post(`/api/rounds/${setup.roundId}/invitations`, {
        stakeholderId,
      });
      expect(added.status).toBe(201);
      const send = await readyToAnswer(
        testApp,
        await mailedLink(`keen.report.${attempt}@example.com`),
        'Keen',
      );
      outcomes.push(await outcomesTogether(await Promise.all([send(), send()])));
    }
    expect(tally(outcomes)).toEqual({ '201 + 409 already_answered': tries });
    expect((await leaderView(setup)).results.responseCount).toBe(tries);
  });

  test('attack: two people send at once for the last place of a round', raceTimeout, async () => {
    const leader = await leaderWithCycle(testApp);
    const outcomes: string[] = [];
    for (let attempt = 0; attempt < tries; attempt++) {
      const round = await openRoundOf(leader, 'pulse');
      for (const name of ['Ada', 'Ben', 'Cy', 'Dee'])
        await answerThrough(testApp, round.urlOf(name), signedAnswers(4, name));
      // Five asked, four answered: both forms open on the last place, through two group links.
      const late = await Promise.all(
        ['Ada', 'Max'].map((name) => readyToAnswer(testApp, round.urlOf(name), name)),
      );
      outcomes.push(await outcomesTogether(await Promise.all(late.map((send) => send()))));
      expect((await leaderView(round)).results.responseCount).toBe(5);
      await closeRound(round);
    }
    expect(tally(outcomes)).toEqual({ '201 + 410 round_full': tries });
  });

  test('attack: answer while the round closes, to change released figures', raceTimeout, async () => {
    const leader = await leaderWithCycle(testApp);
    const changes: Json[] = [];
    for (let attempt = 0; attempt < tries; attempt++) {
      const round = await openRoundOf(leader, 'pulse');
      const ready = (name: string) => readyToAnswer(testApp, round.urlOf(name), name);
      await Promise.all((await Promise.all(['Ada', 'Ben', 'Cy'].map(ready))).map((send) => send()));
      const late = await Promise.all(['Dee', 'Max'].map(ready));
      // The leader closes and reads the released figures while the last two people send theirs.
      const [atRelease, ...lateOutcomes] = await Promise.all([
        round.leader.client.post(`/api/rounds/${round.roundId}/close`).then(() => leaderView(round)),
        ...late.map(async (send, index) => {
          // Sent a little after the close, each a different number of turns later, to land near it.
          for (let turn = 0; turn < (attempt + index) % 6; turn++) await new Promise(setImmediate);
          return outcome(await send());
        }),
      ]);
      const settled = await leaderView(round);
      const accepted = lateOutcomes.filter((status) => status === '201').length;
      // Text comes back shuffled on every read, so the figures are compared, not the text.
      const figures = (view: Json) => JSON.stringify([view.results.responseCount, view.results.ratings]);
      expect(atRelease.results.released).toBe(true);
      if (figures(settled) !== figures(atRelease) || settled.results.responseCount !== 3 + accepted) {
        changes.push({
          atRelease: atRelease.results.responseCount,
          later: settled.results.responseCount,
          accepted,
        });
      }
    }
    expect(changes).toEqual([]);
  });
});
