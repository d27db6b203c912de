import { afterEach, beforeEach, expect, test } from 'vitest';
import type { CycleProgress } from '../../src/shared/progress';
import {
  answersOf,
  answerThrough,
  closeRound,
  commit,
  manualClock,
  openRound,
  type Setup,
} from '../adversarial/adversary-kit';
import { leaderWithCycle } from '../support/leader-fixture';
import { createTestApp, type TestApp } from '../support/test-app';
import { describeEachEngine } from '../support/test-database';

/**
 * Progress keeps a closed round's released figures once computed (decision 0051). What the leader
 * does must still show on the very next read, and what is kept must never outlive what it rests
 * on: a round's release, a check-in, a round that came to hold fewer than k responses, another
 * leader's request.
 */
describeEachEngine('kept progress figures', (engine) => {
  let testApp: TestApp;
  beforeEach(async () => {
    testApp = await createTestApp(engine, { now: manualClock().now });
  });
  afterEach(async () => {
    await testApp.dispose();
  });

  async function progressOf(setup: Pick<Setup, 'leader' | 'cycle'>) {
    const response = await setup.leader.client.get(`/api/cycles/${setup.cycle.id}/progress`);
    expect(response.status).toBe(200);
    return ((await response.json()) as { progress: CycleProgress }).progress;
  }
  const othersOf = (progress: CycleProgress) =>
    progress.selfVsOthers.behaviors.map((behavior) => behavior.others?.n ?? null);

  test('a release and a check-in show on the next read; fewer than k responses hide what was kept', async () => {
    const setup = await openRound(testApp);
    const [commitmentId] = await commit(setup);
    for (const [index, url] of setup.urls.slice(0, 4).entries())
      await answerThrough(
        testApp,
        url,
        answersOf(`Person ${index}`, () => 4),
      );
    const open = await progressOf(setup);
    expect(open.selfVsOthers.roundId).toBeNull();
    expect(open.effort.weeks).toEqual([]);

    const checkin = await setup.leader.client.put(`/api/commitments/${commitmentId}/checkins/2026-12-01`, {
      score: 7,
    });
    expect(checkin.status).toBe(200);
    expect((await progressOf(setup)).effort.weeks).toEqual([
      expect.objectContaining({ average: 7, checkIns: 1 }),
    ]);

    await closeRound(setup);
    const released = await progressOf(setup);
    expect(released.selfVsOthers).toMatchObject({ roundId: setup.roundId, released: true });
    expect(othersOf(released)).not.toContain(null);
    expect(othersOf(released).every((n) => n === 4)).toBe(true);
    // Read again: the kept figures, the same.
    expect((await progressOf(setup)).selfVsOthers).toEqual(released.selfVsOthers);

    // Nothing in the app takes responses from a closed round; were it ever to happen, what is kept
    // must not survive it: with 2 of k = 3 left, nothing is released.
    const responses = await testApp.deps.repos.rounds.listResponses(setup.roundId);
    await testApp.deps.repos.rounds.replaceResponses(setup.roundId, responses.slice(0, 2));
    const belowK = await progressOf(setup);
    expect(belowK.selfVsOthers.released).toBe(false);
    expect(othersOf(belowK).every((n) => n === null)).toBe(true);
  });

  test('a kept round is another leader’s to read only through their own cycle', async () => {
    const setup = await openRound(testApp);
    for (const [index, url] of setup.urls.slice(0, 3).entries())
      await answerThrough(
        testApp,
        url,
        answersOf(`Person ${index}`, () => 5),
      );
    await closeRound(setup);
    expect((await progressOf(setup)).selfVsOthers.released).toBe(true);

    const other = await leaderWithCycle(testApp);
    const theirs = await progressOf(other);
    expect(theirs.selfVsOthers).toMatchObject({ roundId: null, released: false });
    expect(othersOf(theirs).every((n) => n === null)).toBe(true);
    const foreign = await other.leader.client.get(`/api/cycles/${setup.cycle.id}/progress`);
    expect(foreign.status).toBe(404);
  });
});
