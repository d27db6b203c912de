import { afterEach, expect, test } from 'vitest';
import { appWithClock } from '../../../../tests/adversarial/adversary-kit';
import { leaderWithCycle } from '../../../../tests/support/leader-fixture';
import type { TestApp } from '../../../../tests/support/test-app';
import { describeEachEngine } from '../../../../tests/support/test-database';

// A check-in's "today" is the leader's local day (decision 0032).

describeEachEngine("a check-in's day is the leader's local day", (engine) => {
  let testApp: TestApp;
  afterEach(async () => {
    await testApp.dispose();
  });

  async function todayOfLeaderIn(timeZone: string, iso: string) {
    const world = await appWithClock(engine);
    testApp = world.testApp;
    world.clock.set(iso);
    const setup = await leaderWithCycle(testApp);
    const saved = await setup.leader.client.put(`/api/cycles/${setup.cycle.id}/daily-reminder`, {
      enabled: false,
      time: '18:00',
      timeZone,
    });
    expect(saved.status).toBe(200);
    const view = await setup.leader.client.get(`/api/cycles/${setup.cycle.id}/checkins`);
    return ((await view.json()) as { today: string }).today;
  }

  test('the same instant is 1 December in Los Angeles and 2 December in Auckland', async () => {
    expect(await todayOfLeaderIn('America/Los_Angeles', '2026-12-01T20:00:00Z')).toBe('2026-12-01');
    await testApp.dispose();
    expect(await todayOfLeaderIn('Pacific/Auckland', '2026-12-01T20:00:00Z')).toBe('2026-12-02');
  });

  test('across a DST change the day turns at local midnight', async () => {
    // Berlin's 29 March 2027 starts at 22:00 UTC on the 28th (CEST): spring-forward was that morning.
    expect(await todayOfLeaderIn('Europe/Berlin', '2027-03-28T22:00:00Z')).toBe('2027-03-29');
    await testApp.dispose();
    // Auckland's 5 April 2027 starts at 12:00 UTC on the 4th (NZST): fall-back was that morning.
    expect(await todayOfLeaderIn('Pacific/Auckland', '2027-04-04T11:59:00Z')).toBe('2027-04-04');
  });
});
