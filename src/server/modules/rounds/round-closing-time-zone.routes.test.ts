import { afterEach, expect, test } from 'vitest';
import {
  appWithClock,
  type Json,
  openRoundOf,
  signedAnswers,
} from '../../../../tests/adversarial/adversary-kit';
import { leaderWithCycle } from '../../../../tests/support/leader-fixture';
import { createClient, type TestApp } from '../../../../tests/support/test-app';
import { describeEachEngine } from '../../../../tests/support/test-database';

// "Answers are taken until the end of this day" is true where the leader lives (decision 0032).

describeEachEngine('a round closes at the end of its closing day in the leader’s time zone', (engine) => {
  let testApp: TestApp;
  afterEach(async () => {
    await testApp.dispose();
  });

  async function roundOfLeaderIn(
    timeZone: string | null,
    closesOn: string,
    openAt = '2026-12-01T09:00:00Z',
    workspaceTimeZone?: string,
  ) {
    const world = await appWithClock(engine);
    testApp = world.testApp;
    world.clock.set(openAt);
    const setup = await leaderWithCycle(testApp);
    if (workspaceTimeZone) {
      // The leader is the admin of their own workspace, so they set its zone on its settings.
      const saved = await setup.leader.client.put(`/api/workspaces/${setup.workspaceId}/time-zone`, {
        timeZone: workspaceTimeZone,
      });
      expect(saved.status).toBe(204);
    }
    if (timeZone) {
      // Choosing the zone of one's daily questions makes it the leader's zone.
      const saved = await setup.leader.client.put(`/api/cycles/${setup.cycle.id}/daily-reminder`, {
        enabled: false,
        time: '18:00',
        timeZone,
      });
      expect(saved.status).toBe(200);
    }
    const round = await openRoundOf(setup, 'pulse', closesOn);
    // The stakeholder opens the form while the round is open and sends it at `iso`.
    const answerAt = async (iso: string, name: string) => {
      const stakeholder = createClient(testApp.app);
      await stakeholder.get(new URL(round.urlOf(name)).pathname);
      const page = (await (await stakeholder.get('/api/answer')).json()) as Json;
      world.clock.set(iso);
      return stakeholder.post('/api/answer', { answers: signedAnswers(4, name)(page) });
    };
    const closesAt = async () => {
      const stakeholder = createClient(testApp.app);
      await stakeholder.get(new URL(round.urlOf('Max')).pathname);
      return ((await (await stakeholder.get('/api/answer')).json()) as Json).page.closesAt as string;
    };
    return { answerAt, closesAt };
  }

  test('in Los Angeles the closing day runs until 08:00 UTC the next morning', async () => {
    const round = await roundOfLeaderIn('America/Los_Angeles', '2026-12-10');
    expect(await round.closesAt()).toBe('2026-12-11T08:00:00.000Z');
    // 23:30 on the closing day in Los Angeles, already the next day in UTC.
    expect((await round.answerAt('2026-12-11T07:30:00Z', 'Ada')).status).toBe(201);
    expect((await round.answerAt('2026-12-11T08:00:00Z', 'Ben')).status).toBe(410);
  });

  test('in Auckland the closing day ends at 11:00 UTC that same day', async () => {
    const round = await roundOfLeaderIn('Pacific/Auckland', '2026-12-10');
    expect(await round.closesAt()).toBe('2026-12-10T11:00:00.000Z');
    expect((await round.answerAt('2026-12-10T10:30:00Z', 'Ada')).status).toBe(201);
    expect((await round.answerAt('2026-12-10T11:00:00Z', 'Ben')).status).toBe(410);
  });

  test('a closing day with a DST change is 23 or 25 hours long where the leader lives', async () => {
    // Berlin springs forward on Sunday 28 March 2027: the day ends at 22:00 UTC, not 23:00.
    const berlin = await roundOfLeaderIn('Europe/Berlin', '2027-03-28', '2027-03-20T09:00:00Z');
    expect(await berlin.closesAt()).toBe('2027-03-28T22:00:00.000Z');
    await testApp.dispose();
    // Auckland falls back on Sunday 4 April 2027: the day ends at 12:00 UTC, not 11:00.
    const auckland = await roundOfLeaderIn('Pacific/Auckland', '2027-04-04', '2027-03-20T09:00:00Z');
    expect(await auckland.closesAt()).toBe('2027-04-04T12:00:00.000Z');
    expect((await auckland.answerAt('2027-04-04T11:30:00Z', 'Ada')).status).toBe(201);
  });

  test('a leader who chose no zone follows the workspace’s; with neither, UTC', async () => {
    const utc = await roundOfLeaderIn(null, '2026-12-10');
    expect(await utc.closesAt()).toBe('2026-12-11T00:00:00.000Z');
    await testApp.dispose();
    const workspaceInAuckland = await roundOfLeaderIn(null, '2026-12-10', undefined, 'Pacific/Auckland');
    expect(await workspaceInAuckland.closesAt()).toBe('2026-12-10T11:00:00.000Z');
    await testApp.dispose();
    // The leader's own choice wins over the workspace's.
    const own = await roundOfLeaderIn('America/Los_Angeles', '2026-12-10', undefined, 'Pacific/Auckland');
    expect(await own.closesAt()).toBe('2026-12-11T08:00:00.000Z');
  });
});
