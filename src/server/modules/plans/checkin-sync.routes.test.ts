import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { askBeforeAdvising, leaderWithCycle } from '../../../../tests/support/leader-fixture';
import { createTestApp, type TestApp } from '../../../../tests/support/test-app';
import { describeEachEngine } from '../../../../tests/support/test-database';

// biome-ignore lint/suspicious/noExplicitAny: response bodies are read loosely in these tests.
type Json = Record<string, any>;

// A phone queues check-ins while offline and replays them when back online (decision 0045).

describeEachEngine('check-ins synced from a device that was offline', (engine) => {
  let testApp: TestApp;
  let now: Date;
  beforeEach(async () => {
    now = new Date('2026-12-01T20:00:00Z');
    testApp = await createTestApp(engine, { now: () => now });
  });
  afterEach(async () => {
    await testApp.dispose();
  });

  async function leaderWithCommitment(timeZone = 'UTC') {
    const setup = await leaderWithCycle(testApp);
    const saved = await setup.leader.client.post(
      `/api/cycles/${setup.cycle.id}/commitments`,
      askBeforeAdvising,
    );
    const commitmentId = ((await saved.json()) as Json).commitment.id as string;
    await setup.leader.client.put(`/api/cycles/${setup.cycle.id}/daily-reminder`, {
      enabled: false,
      time: '18:00',
      timeZone,
    });
    const send = (day: string, body: Json) =>
      setup.leader.client.put(`/api/commitments/${commitmentId}/checkins/${day}`, body);
    const stored = async () =>
      ((await (await setup.leader.client.get(`/api/cycles/${setup.cycle.id}/checkins`)).json()) as Json)
        .checkins as Json[];
    return { ...setup, commitmentId, send, stored };
  }

  test('the same check-in sent twice is stored once and answered as a duplicate', async () => {
    const { send, stored } = await leaderWithCommitment();
    const checkin = { score: 6, syncKey: randomUUID(), recordedAt: '2026-12-01T19:00:00Z' };
    const first = await send('2026-12-01', checkin);
    expect(((await first.json()) as Json).sync).toBe('saved');
    const again = await send('2026-12-01', checkin);
    expect(again.status).toBe(200);
    expect(((await again.json()) as Json).sync).toBe('duplicate');
    expect(await stored()).toEqual([expect.objectContaining({ day: '2026-12-01', score: 6 })]);
  });

  test('a replay changes nothing even after a later edit of the same day', async () => {
    const { send, stored } = await leaderWithCommitment();
    const offline = { score: 3, syncKey: randomUUID(), recordedAt: '2026-12-01T18:00:00Z' };
    await send('2026-12-01', offline);
    await send('2026-12-01', { score: 9, syncKey: randomUUID(), recordedAt: '2026-12-01T19:30:00Z' });
    const replay = await send('2026-12-01', offline);
    // The row now holds the later edit's key, so the replay is known by its older time instead.
    expect(((await replay.json()) as Json).sync).toBe('superseded');
    expect((await stored()).map((checkin) => checkin.score)).toEqual([9]);
  });

  test('an older check-in arriving after a newer one does not overwrite it', async () => {
    const { send, stored } = await leaderWithCommitment();
    await send('2026-12-01', { score: 9, syncKey: randomUUID(), recordedAt: '2026-12-01T19:00:00Z' });
    const late = await send('2026-12-01', {
      score: 4,
      syncKey: randomUUID(),
      recordedAt: '2026-12-01T18:00:00Z',
    });
    expect(late.status).toBe(200);
    const answer = (await late.json()) as Json;
    expect(answer.sync).toBe('superseded');
    expect(answer.checkin.score).toBe(9);
    expect((await stored()).map((checkin) => checkin.score)).toEqual([9]);
  });

  test('a device clock ahead of the server does not pin a check-in against the next edit', async () => {
    const { send, stored } = await leaderWithCommitment();
    await send('2026-12-01', { score: 2, syncKey: randomUUID(), recordedAt: '2027-06-01T00:00:00Z' });
    now = new Date('2026-12-01T20:05:00Z');
    const edit = await send('2026-12-01', { score: 7 });
    expect(((await edit.json()) as Json).sync).toBe('saved');
    expect((await stored()).map((checkin) => checkin.score)).toEqual([7]);
  });

  test('a check-in made before midnight where the leader lives counts for that day when it syncs after', async () => {
    // Auckland is UTC+13 in December: 23:50 on 2 December there is 10:50 UTC.
    now = new Date('2026-12-02T10:50:00Z');
    const { send, stored } = await leaderWithCommitment('Pacific/Auckland');
    now = new Date('2026-12-02T11:10:00Z');
    const synced = await send('2026-12-02', {
      score: 8,
      syncKey: randomUUID(),
      recordedAt: '2026-12-02T10:50:00Z',
    });
    expect(synced.status).toBe(200);
    expect(await stored()).toEqual([expect.objectContaining({ day: '2026-12-02', score: 8 })]);
  });

  test("a day that has not begun where the leader lives is refused, whatever the device's own date", async () => {
    // 20:00 UTC on 1 December is 12:00 on 1 December in Los Angeles: the 2nd has not begun there.
    const { send, stored } = await leaderWithCommitment('America/Los_Angeles');
    const ahead = await send('2026-12-02', {
      score: 5,
      syncKey: randomUUID(),
      recordedAt: '2026-12-01T20:00:00Z',
    });
    expect(ahead.status).toBe(400);
    expect(((await ahead.json()) as Json).error.code).toBe('day_in_future');
    expect(await stored()).toEqual([]);
  });

  test('one sync key cannot be used for another day', async () => {
    const { send, stored } = await leaderWithCommitment();
    const syncKey = randomUUID();
    await send('2026-12-01', { score: 5, syncKey, recordedAt: '2026-12-01T19:00:00Z' });
    const reused = await send('2026-11-30', { score: 1, syncKey, recordedAt: '2026-12-01T19:01:00Z' });
    expect(reused.status).toBe(409);
    expect(((await reused.json()) as Json).error).toMatchObject({
      code: 'sync_key_reused',
      field: 'syncKey',
    });
    expect((await stored()).map((checkin) => checkin.day)).toEqual(['2026-12-01']);
  });

  test('two replays of one check-in at once store it once', async () => {
    const { send, stored } = await leaderWithCommitment();
    const checkin = { score: 6, syncKey: randomUUID(), recordedAt: '2026-12-01T19:00:00Z' };
    const answers = await Promise.all([send('2026-12-01', checkin), send('2026-12-01', checkin)]);
    expect(answers.map((answer) => answer.status)).toEqual([200, 200]);
    expect(await stored()).toHaveLength(1);
  });
});
