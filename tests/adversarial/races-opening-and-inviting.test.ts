import { afterEach, beforeEach, expect, test } from 'vitest';
import type { TestApp } from '../support/test-app';
import { describeEachEngine } from '../support/test-database';
import { appWithClock, closesOn, type Json, leaderView, openRound } from './adversary-kit';
import {
  newStakeholder,
  outcome,
  outcomesTogether,
  raceTimeout,
  readyToAnswer,
  tally,
  tries,
} from './race-kit';

/** The leader sends the same request twice at once, hoping both pass the check (see race-kit). */

describeEachEngine('a leader racing their own requests', (engine) => {
  let testApp: TestApp;
  beforeEach(async () => {
    ({ testApp } = await appWithClock(engine));
  });
  afterEach(async () => {
    await testApp.dispose();
  });

  test('attack: open two rounds at once in one cycle', raceTimeout, async () => {
    const setup = await openRound(testApp);
    await setup.leader.client.post(`/api/rounds/${setup.roundId}/close`);
    const openPulse = () =>
      setup.leader.client.post(`/api/cycles/${setup.cycle.id}/rounds`, {
        kind: 'pulse',
        intro: 'A quick check on how my listening is going.',
        closesOn,
        stakeholderIds: setup.stakeholderIds.slice(0, 3),
      });
    const outcomes: string[] = [];
    for (let attempt = 0; attempt < tries; attempt++) {
      outcomes.push(await outcomesTogether(await Promise.all([openPulse(), openPulse()])));
      const { cycle } = (await (
        await setup.leader.client.get(`/api/cycles/${setup.cycle.id}`)
      ).json()) as Json;
      for (const round of cycle.rounds.filter((round: Json) => round.status === 'open'))
        await setup.leader.client.post(`/api/rounds/${round.id}/close`);
    }
    expect(tally(outcomes)).toEqual({ '201 + 409 round_already_open': tries });
  });

  test('attack: add the same person twice at once, then answer twice', raceTimeout, async () => {
    const setup = await openRound(testApp);
    const outcomes: string[] = [];
    for (let attempt = 0; attempt < tries; attempt++) {
      const stakeholderId = await newStakeholder(setup, `Late Report ${attempt}`);
      const add = () =>
        setup.leader.client.post(`/api/rounds/${setup.roundId}/invitations`, { stakeholderId });
      const responses = await Promise.all([add(), add()]);
      const added = await outcomesTogether(responses);
      const answered: string[] = [];
      for (const response of responses.filter((each) => each.status === 201)) {
        const { link } = (await response.json()) as Json;
        answered.push(await outcome(await (await readyToAnswer(testApp, link.url, 'Late'))()));
      }
      outcomes.push(`added ${added}, answered ${answered.join(' + ')}`);
    }
    expect(tally(outcomes)).toEqual({ 'added 201 + 409 already_invited, answered 201': tries });
    expect((await leaderView(setup)).round.invitedCount).toBe(5 + tries);
  });
});
