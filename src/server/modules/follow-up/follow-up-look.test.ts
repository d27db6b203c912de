import { afterEach, beforeEach, expect, test } from 'vitest';
import { createTestApp, type TestApp } from '../../../../tests/support/test-app';
import { describeEachEngine } from '../../../../tests/support/test-database';
import { leaderInFollowUp } from './follow-up.fixtures';

/**
 * Migration 0037: every fact a cycle's follow-up schedule rests on wakes the cycle for the next
 * sweep (its look becomes ''), whichever code path changes it; so a cycle set aside is never missed.
 */
describeEachEngine('what wakes a cycle for the follow-up sweep', (engine) => {
  let testApp: TestApp;
  let now: Date;
  let setup: Awaited<ReturnType<typeof leaderInFollowUp>>;
  beforeEach(async () => {
    now = new Date('2026-12-01T09:00:00Z');
    testApp = await createTestApp(engine, { now: () => now });
    setup = await leaderInFollowUp(testApp, (iso) => {
      now = new Date(iso);
    });
  });
  afterEach(async () => {
    await testApp.dispose();
  });

  const db = () => testApp.database.db;
  const setAside = () =>
    db().updateTable('cycles').set({ follow_up_check_at: '2027-03-11T09:00:00.000Z' }).execute();
  const look = async () =>
    (
      await db()
        .selectFrom('cycles')
        .select('follow_up_check_at')
        .where('id', '=', setup.cycle.id)
        .executeTakeFirstOrThrow()
    ).follow_up_check_at;

  test('a round closed or deleted, not a thank-you sent', async () => {
    await setAside();
    await db().updateTable('rounds').set({ closed_at: '2026-12-12T09:00:00.000Z' }).execute();
    expect(await look()).toBe('');
    await setAside();
    await db().updateTable('rounds').set({ thanked_at: '2026-12-12T09:00:00.000Z' }).execute();
    expect(await look()).toBe('2027-03-11T09:00:00.000Z');
    await db().deleteFrom('rounds').where('id', '=', setup.roundId).execute();
    expect(await look()).toBe('');
  });

  test('a commitment made, retired or deleted', async () => {
    await setAside();
    await db().updateTable('commitments').set({ status: 'retired' }).execute();
    expect(await look()).toBe('');
    await setAside();
    await db().updateTable('commitments').set({ frequency: 'Weekly' }).execute();
    expect(await look()).toBe('2027-03-11T09:00:00.000Z');
    await db().deleteFrom('commitments').execute();
    expect(await look()).toBe('');
  });

  test('the cadence set or changed, but not the day last reminded of', async () => {
    await setAside();
    await testApp.deps.repos.followUp.saveInterval(setup.cycle.id, 60, now);
    expect(await look()).toBe('');
    await setAside();
    await testApp.deps.repos.followUp.claimMiniSurveyPrompt(setup.cycle.id, '2027-02-09', 90, now);
    expect(await look()).toBe('2027-03-11T09:00:00.000Z');
    await testApp.deps.repos.followUp.saveInterval(setup.cycle.id, 90, now);
    expect(await look()).toBe('');
  });

  test("the cycle's stage or workspace, the leader's or the workspace's time zone", async () => {
    await setAside();
    await db().updateTable('cycles').set({ stage: 'done' }).where('id', '=', setup.cycle.id).execute();
    expect(await look()).toBe('');
    await setAside();
    await db().updateTable('users').set({ time_zone: 'Pacific/Kiritimati' }).execute();
    expect(await look()).toBe('');
    await setAside();
    await db().updateTable('workspaces').set({ time_zone: 'America/Adak' }).execute();
    expect(await look()).toBe('');
    await setAside();
    await db().updateTable('users').set({ name: 'Someone else' }).execute();
    expect(await look()).toBe('2027-03-11T09:00:00.000Z');
  });
});
