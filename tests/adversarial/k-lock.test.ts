import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { closedRound, threeDirectReports } from '../../src/server/modules/rounds/release.fixtures';
import { releaseRoundResults } from '../../src/server/modules/rounds/release.models';
import type { TestApp } from '../support/test-app';
import { describeEachEngine } from '../support/test-database';
import {
  answerThrough,
  appWithClock,
  closeRound,
  leaderView,
  openRound,
  type Setup,
  signedAnswers,
} from './adversary-kit';

/** The admin moves the anonymity threshold while a round is open, hoping to release it early. */

describeEachEngine('k is locked when a round opens', (engine) => {
  let testApp: TestApp;
  beforeEach(async () => {
    ({ testApp } = await appWithClock(engine));
  });
  afterEach(async () => {
    await testApp.dispose();
  });

  const setK = (setup: Setup, anonymityK: number) =>
    setup.leader.client.put(`/api/workspaces/${setup.workspaceId}/anonymity`, { anonymityK });

  async function roundOpenedAt(k: number) {
    const base = await openRound(testApp);
    // The fixture's round opened at k=3; open a second cycle's round at the wanted k.
    expect((await setK(base, k)).status).toBe(204);
    await closeRound(base);
    const cycle = await base.leader.client.post(`/api/workspaces/${base.workspaceId}/cycles`, {
      problem: 'My team never tells me about problems until it is too late.',
      goal: 'I want to get better at listening so that people bring me problems early.',
      competencyKey: 'listening-with-empathy',
      baseline: {},
    });
    const cycleId = ((await cycle.json()) as { cycle: { id: string } }).cycle.id;
    const opened = await base.leader.client.post(`/api/cycles/${cycleId}/rounds`, {
      kind: 'listening',
      intro: 'A second round, asked at a stricter threshold.',
      closesOn: '2026-12-10',
      stakeholderIds: base.stakeholderIds,
    });
    const { roundId, links } = (await opened.json()) as {
      roundId: string;
      links: { name: string; url: string }[];
    };
    const urlOf = (name: string) => links.find((link) => link.name.startsWith(name))?.url as string;
    return { ...base, roundId, urlOf };
  }

  test('attack: the admin lowers k mid-round so three answers are released from a k=5 round', async () => {
    const setup = await roundOpenedAt(5);
    expect((await setK(setup, 3)).status).toBe(204);
    for (const name of ['Ada', 'Ben', 'Cy'])
      await answerThrough(testApp, setup.urlOf(name), signedAnswers(4, name));
    await closeRound(setup);
    expect((await leaderView(setup)).results).toEqual({
      released: false,
      reason: 'too-few',
      responseCount: 3,
      k: 5,
    });
  });

  test('attack: the admin raises k to 10 mid-round to withhold a round that already reached its own k', async () => {
    const setup = await openRound(testApp);
    expect((await setK(setup, 10)).status).toBe(204);
    for (const name of ['Ada', 'Ben', 'Cy'])
      await answerThrough(testApp, setup.urlOf(name), signedAnswers(4, name));
    const mid = await leaderView(setup);
    expect(mid.round.anonymityK).toBe(3);
    await closeRound(setup);
    const view = await leaderView(setup);
    expect(view.round.anonymityK).toBe(3);
    expect(view.results.released).toBe(true);
  });

  test('attack: set k below the floor of 3 for the workspace', async () => {
    const setup = await openRound(testApp);
    const response = await setK(setup, 2);
    expect(response.status).toBe(400);
    expect((await leaderView(setup)).round.anonymityK).toBe(3);
  });
});

describe('k in the release rules', () => {
  test('attack: release a round with a threshold below 3, as a bug or a tampered row would', () => {
    expect(() => releaseRoundResults(closedRound(threeDirectReports.slice(0, 2)), 2, Math.random)).toThrow(
      RangeError,
    );
  });
});
