import { afterEach, beforeEach, expect, test } from 'vitest';
import { askBeforeAdvising, leaderWithCycle } from '../../../../tests/support/leader-fixture';
import { createTestApp, type TestApp } from '../../../../tests/support/test-app';
import { describeEachEngine } from '../../../../tests/support/test-database';

// biome-ignore lint/suspicious/noExplicitAny: response bodies are read loosely in these tests.
type Json = Record<string, any>;

describeEachEngine('daily check-ins', (engine) => {
  let testApp: TestApp;
  let now: Date;
  beforeEach(async () => {
    now = new Date('2026-12-01T09:00:00Z');
    testApp = await createTestApp(engine, { now: () => now });
  });
  afterEach(async () => {
    await testApp.dispose();
  });

  async function leaderWithCommitment() {
    const setup = await leaderWithCycle(testApp);
    const saved = await setup.leader.client.post(
      `/api/cycles/${setup.cycle.id}/commitments`,
      askBeforeAdvising,
    );
    const commitmentId = ((await saved.json()) as Json).commitment.id as string;
    return { ...setup, commitmentId };
  }

  test('the first check-in moves the cycle to practice', async () => {
    const { leader, cycle, commitmentId } = await leaderWithCommitment();
    const response = await leader.client.put(`/api/commitments/${commitmentId}/checkins/2026-12-01`, {
      score: 7,
      note: 'Asked twice before advising.',
    });
    expect(response.status).toBe(200);
    expect(((await response.json()) as Json).checkin).toEqual({
      commitmentId,
      day: '2026-12-01',
      score: 7,
      note: 'Asked twice before advising.',
    });
    const view = (await (await leader.client.get(`/api/cycles/${cycle.id}`)).json()) as Json;
    expect(view.cycle.stage).toBe('practice');
  });

  test('a second score for the same day replaces the first', async () => {
    const { leader, cycle, commitmentId } = await leaderWithCommitment();
    await leader.client.put(`/api/commitments/${commitmentId}/checkins/2026-12-01`, {
      score: 3,
      note: 'Rushed.',
    });
    await leader.client.put(`/api/commitments/${commitmentId}/checkins/2026-12-01`, { score: 8 });
    const list = (await (await leader.client.get(`/api/cycles/${cycle.id}/checkins`)).json()) as Json;
    expect(list.checkins).toEqual([{ commitmentId, day: '2026-12-01', score: 8, note: null }]);
  });

  test('a day ahead is refused', async () => {
    const { leader, commitmentId } = await leaderWithCommitment();
    const response = await leader.client.put(`/api/commitments/${commitmentId}/checkins/2026-12-02`, {
      score: 5,
    });
    expect(response.status).toBe(400);
    expect(((await response.json()) as Json).error).toMatchObject({ code: 'day_in_future', field: 'day' });
  });

  test('the last seven days can be caught up on, not more', async () => {
    const { leader, commitmentId } = await leaderWithCommitment();
    const weekAgo = await leader.client.put(`/api/commitments/${commitmentId}/checkins/2026-11-24`, {
      score: 5,
    });
    expect(weekAgo.status).toBe(200);
    const older = await leader.client.put(`/api/commitments/${commitmentId}/checkins/2026-11-23`, {
      score: 5,
    });
    expect(older.status).toBe(400);
    expect(((await older.json()) as Json).error.code).toBe('day_too_old');
  });

  test("today follows the leader's time zone once it is set", async () => {
    const { leader, cycle, commitmentId } = await leaderWithCommitment();
    now = new Date('2026-12-01T23:30:00Z');
    const tokyoMorning = `/api/commitments/${commitmentId}/checkins/2026-12-02`;
    expect((await leader.client.put(tokyoMorning, { score: 6 })).status).toBe(400);
    await leader.client.put(`/api/cycles/${cycle.id}/daily-reminder`, {
      enabled: false,
      time: '07:00',
      timeZone: 'Asia/Tokyo',
    });
    expect((await leader.client.put(tokyoMorning, { score: 6 })).status).toBe(200);
  });

  test('scores must be whole numbers from 1 to 10, and days real dates', async () => {
    const { leader, commitmentId } = await leaderWithCommitment();
    const eleven = await leader.client.put(`/api/commitments/${commitmentId}/checkins/2026-12-01`, {
      score: 11,
    });
    expect(((await eleven.json()) as Json).error).toMatchObject({
      field: 'score',
      message: 'Score your effort from 1 to 10',
    });
    const badDay = await leader.client.put(`/api/commitments/${commitmentId}/checkins/2026-02-30`, {
      score: 5,
    });
    expect(badDay.status).toBe(400);
    expect(((await badDay.json()) as Json).error.field).toBe('day');
  });

  test('a retired behavior takes no more check-ins', async () => {
    const { leader, commitmentId } = await leaderWithCommitment();
    await leader.client.delete(`/api/commitments/${commitmentId}`);
    const response = await leader.client.put(`/api/commitments/${commitmentId}/checkins/2026-12-01`, {
      score: 5,
    });
    expect(response.status).toBe(409);
    expect(((await response.json()) as Json).error.code).toBe('commitment_retired');
  });

  test('the range gives every check-in with its note and weekly effort for the heatmap', async () => {
    const { leader, cycle, commitmentId } = await leaderWithCommitment();
    const scores: [string, number][] = [
      ['2026-11-24', 4],
      ['2026-11-29', 6],
      ['2026-11-30', 8],
      ['2026-12-01', 9],
    ];
    for (const [day, score] of scores) {
      await leader.client.put(`/api/commitments/${commitmentId}/checkins/${day}`, {
        score,
        note: `note ${day}`,
      });
    }
    const response = await leader.client.get(
      `/api/cycles/${cycle.id}/checkins?from=2026-11-25&to=2026-12-01`,
    );
    const body = (await response.json()) as Json;
    expect(body).toMatchObject({ today: '2026-12-01', from: '2026-11-25', to: '2026-12-01' });
    expect(body.checkins.map((c: Json) => [c.day, c.note])).toEqual([
      ['2026-11-29', 'note 2026-11-29'],
      ['2026-11-30', 'note 2026-11-30'],
      ['2026-12-01', 'note 2026-12-01'],
    ]);
    expect(body.dailyEffortByWeek).toEqual([
      { weekStart: '2026-11-23', isoWeek: '2026-W48', average: 6, checkIns: 1 },
      { weekStart: '2026-11-30', isoWeek: '2026-W49', average: 8.5, checkIns: 2 },
    ]);
  });

  test('a range that ends before it starts is refused', async () => {
    const { leader, cycle } = await leaderWithCommitment();
    const response = await leader.client.get(
      `/api/cycles/${cycle.id}/checkins?from=2026-12-01&to=2026-11-01`,
    );
    expect(response.status).toBe(400);
    expect(((await response.json()) as Json).error.code).toBe('invalid_range');
  });

  test("another leader can neither read the check-ins and notes nor score someone's behavior", async () => {
    const { leader, cycle, commitmentId } = await leaderWithCommitment();
    await leader.client.put(`/api/commitments/${commitmentId}/checkins/2026-12-01`, {
      score: 5,
      note: 'private',
    });
    const other = (await leaderWithCycle(testApp)).leader.client;
    expect((await other.get(`/api/cycles/${cycle.id}/checkins`)).status).toBe(404);
    expect(
      (await other.put(`/api/commitments/${commitmentId}/checkins/2026-12-01`, { score: 1 })).status,
    ).toBe(404);
    expect((await other.get(`/api/cycles/${cycle.id}/daily-reminder`)).status).toBe(404);
    const reminder = { enabled: true, time: '07:00', timeZone: 'UTC' };
    expect((await other.put(`/api/cycles/${cycle.id}/daily-reminder`, reminder)).status).toBe(404);
  });

  test('the reminder preference is read back with the time of the next reminder', async () => {
    const { leader, cycle } = await leaderWithCommitment();
    const initial = (await (
      await leader.client.get(`/api/cycles/${cycle.id}/daily-reminder`)
    ).json()) as Json;
    expect(initial.dailyReminder).toMatchObject({ enabled: false, nextAt: null });
    const saved = await leader.client.put(`/api/cycles/${cycle.id}/daily-reminder`, {
      enabled: true,
      time: '18:00',
      timeZone: 'Europe/Berlin',
    });
    expect(((await saved.json()) as Json).dailyReminder).toEqual({
      enabled: true,
      time: '18:00',
      timeZone: 'Europe/Berlin',
      byEmail: true,
      byPush: false,
      nextAt: '2026-12-01T17:00:00.000Z',
    });
  });

  test('an unknown time zone is refused with a message for people', async () => {
    const { leader, cycle } = await leaderWithCommitment();
    const response = await leader.client.put(`/api/cycles/${cycle.id}/daily-reminder`, {
      enabled: true,
      time: '18:00',
      timeZone: 'Mars/Olympus_Mons',
    });
    expect(response.status).toBe(400);
    expect(((await response.json()) as Json).error).toMatchObject({
      field: 'timeZone',
      message: 'Choose a time zone from the list, e.g. Europe/Berlin',
    });
  });
});
