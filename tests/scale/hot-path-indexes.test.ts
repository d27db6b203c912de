import { afterEach, beforeEach, expect, test } from 'vitest';
import {
  answersOf,
  answerThrough,
  closeRound,
  commit,
  manualClock,
  openRound,
} from '../adversarial/adversary-kit';
import { createTestApp, type TestApp } from '../support/test-app';
import { createTestDatabase, describeEachEngine } from '../support/test-database';
import { createQueryRecorder, type FullScan, fullScans } from './query-plan';

/**
 * Issue 14, data at scale: every statement the hot paths send (a stakeholder's answer, a leader's
 * round results, progress and daily check-in, and the session check under each) reaches its rows
 * through an index. Small data is enough: the plan, not the timing, is checked, so a full scan
 * that would read all of 10,000 leaders' rows fails here already. `npm run bench` times the same
 * reads on the seeded 10,000-leader data.
 */
describeEachEngine('hot-path query plans', (engine) => {
  const recorder = createQueryRecorder();
  let testApp: TestApp;
  beforeEach(async () => {
    const database = await createTestDatabase(engine);
    const clock = manualClock();
    testApp = await createTestApp(engine, {
      now: clock.now,
      database: { ...database, db: recorder.watch(database.db) },
    });
  });
  afterEach(async () => {
    await testApp.dispose();
  });

  test('answering, round results, progress and check-ins scan no table whole', async () => {
    const setup = await openRound(testApp);
    const [commitmentId] = await commit(setup);
    await recorder.during(async () => {
      for (const [index, url] of setup.urls.slice(0, 4).entries()) {
        await answerThrough(
          testApp,
          url,
          answersOf(`Person ${index}`, () => 4),
        );
      }
      expect((await setup.leader.client.get(`/api/rounds/${setup.roundId}`)).status).toBe(200);
      expect((await setup.leader.client.get(`/api/cycles/${setup.cycle.id}/progress`)).status).toBe(200);
      const checkin = await setup.leader.client.put(`/api/commitments/${commitmentId}/checkins/2026-12-01`, {
        score: 7,
      });
      expect(checkin.status).toBe(200);
      expect((await setup.leader.client.get(`/api/cycles/${setup.cycle.id}/checkins`)).status).toBe(200);
    });
    await closeRound(setup);
    await recorder.during(async () => {
      expect((await setup.leader.client.get(`/api/rounds/${setup.roundId}`)).status).toBe(200);
      expect((await setup.leader.client.get(`/api/cycles/${setup.cycle.id}/progress`)).status).toBe(200);
    });

    const statements = recorder.statements();
    expect(statements.length).toBeGreaterThan(15);
    const scans: FullScan[] = [];
    for (const statement of statements)
      scans.push(...(await fullScans(testApp.database.db, engine, statement)));
    expect(scans).toEqual([]);
  });

  test('the hourly follow-up sweep reaches the cycles it looks at through an index', async () => {
    const setup = await openRound(testApp);
    await commit(setup);
    await closeRound(setup);
    const { followUp } = testApp.deps.repos;
    const now = new Date('2027-03-11T09:00:00Z');
    const looked = await recorder.during(async () => {
      const cycleIds = await followUp.startLooks(now);
      await followUp.finishLooks(
        now,
        cycleIds.map((cycleId) => ({ cycleId, nextLookAt: null })),
      );
      return cycleIds;
    });
    expect(looked).toEqual([setup.cycle.id]);
    const scans: FullScan[] = [];
    for (const statement of recorder.statements())
      scans.push(...(await fullScans(testApp.database.db, engine, statement)));
    expect(scans).toEqual([]);
  });

  test('the check sees a full scan where no index serves', async () => {
    const unindexed = testApp.database.db
      .selectFrom('responses')
      .select('id')
      .where('answers', '=', '{}')
      .compile();
    expect(await fullScans(testApp.database.db, engine, unindexed)).toEqual([
      { table: 'responses', statement: unindexed.sql },
    ]);
  });
});
