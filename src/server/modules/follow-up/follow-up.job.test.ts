import { afterEach, beforeEach, expect, test } from 'vitest';
import { createTestApp, type TestApp } from '../../../../tests/support/test-app';
import {
  createTestDatabase,
  describeEachEngine,
  type TestDatabase,
} from '../../../../tests/support/test-database';
import { leaderInFollowUp } from './follow-up.fixtures';
import { scheduleFollowUpSweep } from './follow-up.job';

const day = 86_400_000;
const smtp = { SMTP_URL: 'smtp://127.0.0.1:1' };

describeEachEngine('mini-survey reminder job', (engine) => {
  let database: TestDatabase;
  let now: Date;
  const apps: TestApp[] = [];
  beforeEach(async () => {
    now = new Date('2026-12-01T09:00:00Z');
    database = await createTestDatabase(engine);
  });
  afterEach(async () => {
    for (const app of apps.splice(0)) await app.jobRunner.stop();
    await database.dispose();
  });

  /** One app process with its own connection to the shared database, as in production. */
  async function appInstance() {
    const connection = database.openAnother();
    const app = await createTestApp(engine, {
      now: () => now,
      env: smtp,
      database: { ...connection, openAnother: database.openAnother, dispose: connection.close },
    });
    apps.push(app);
    return app;
  }

  const prompts = async () =>
    (await database.db.selectFrom('outbox').select(['to_address', 'subject', 'text_body']).execute()).filter(
      (message) => message.subject.includes('mini-survey is due'),
    );

  async function sweepOnBoth(first: TestApp, second: TestApp) {
    // Both processes queue the hour's sweep, as each does when it starts; the key keeps one.
    await scheduleFollowUpSweep(first.deps);
    await scheduleFollowUpSweep(second.deps);
    await Promise.all([first.jobRunner.tick(), second.jobRunner.tick()]);
    await Promise.all([first.jobRunner.tick(), second.jobRunner.tick()]);
  }

  test('when the mini-survey falls due the leader is reminded exactly once, across two processes and many days', async () => {
    const first = await appInstance();
    const second = await appInstance();
    const { leader, cycle } = await leaderInFollowUp(first, (iso) => {
      now = new Date(iso);
    });
    const listenedAt = Date.parse('2026-12-11T09:00:00Z');

    now = new Date(listenedAt + 89 * day);
    await sweepOnBoth(first, second);
    expect(await prompts()).toEqual([]);

    now = new Date(listenedAt + 90 * day);
    await sweepOnBoth(first, second);
    const sent = await prompts();
    expect(sent).toHaveLength(1);
    expect(sent[0]?.to_address).toBe(leader.email);
    expect(sent[0]?.text_body).toContain('ask what they have tried before I suggest anything');
    expect(sent[0]?.text_body).toContain(`/cycles/${cycle.id}`);

    // Still due the next days, and the day after that: no second email for the same due day.
    for (const extra of [91, 92, 100]) {
      now = new Date(listenedAt + extra * day);
      await sweepOnBoth(first, second);
    }
    expect(await prompts()).toHaveLength(1);
    // No mini-survey was opened on the leader's behalf.
    const rounds = await database.db.selectFrom('rounds').select('kind').execute();
    expect(rounds.map((round) => round.kind)).toEqual(['listening']);
  });

  test('the reminder comes within the hour the mini-survey falls due, from the sweep that queues itself', async () => {
    const app = await appInstance();
    await leaderInFollowUp(app, (iso) => {
      now = new Date(iso);
    });
    const dueAt = Date.parse('2026-12-11T09:00:00Z') + 90 * day;
    now = new Date(dueAt - 90 * 60_000);
    await scheduleFollowUpSweep(app.deps);
    await app.jobRunner.tick();
    expect(await prompts()).toEqual([]);
    // From here on only the sweep's own next run is queued; a daily sweep would wait for tomorrow.
    for (let minutes = -75; minutes <= 60; minutes += 15) {
      now = new Date(dueAt + minutes * 60_000);
      await app.jobRunner.tick();
      await app.jobRunner.tick();
    }
    expect(await prompts()).toHaveLength(1);
  });

  test('a leader who opened the mini-survey in time gets no reminder, and the next one comes an interval later', async () => {
    const first = await appInstance();
    const second = await appInstance();
    const { leader, cycle, stakeholderIds } = await leaderInFollowUp(first, (iso) => {
      now = new Date(iso);
    });
    const listenedAt = Date.parse('2026-12-11T09:00:00Z');
    now = new Date(listenedAt + 90 * day);
    const client = first.client();
    await client.post('/api/auth/sign-in', { email: leader.email, password: leader.password });
    const opened = await client.post(`/api/cycles/${cycle.id}/rounds`, {
      kind: 'mini_survey',
      intro: 'Three months on: are you seeing a difference?',
      closesOn: new Date(now.getTime() + 14 * day).toISOString().slice(0, 10),
      stakeholderIds,
    });
    expect(opened.status).toBe(201);
    await sweepOnBoth(first, second);
    expect(await prompts()).toEqual([]);
    // The mini-survey closes on its closing day, months before the next one is due; a close in the
    // same burst of jobs as the sweep would race it (a sweep reading the round just before it
    // closes finds nothing due: the next hour's sweep does).
    now = new Date(listenedAt + 105 * day);
    await Promise.all([first.jobRunner.tick(), second.jobRunner.tick()]);

    now = new Date(listenedAt + 180 * day);
    await sweepOnBoth(first, second);
    expect(await prompts()).toHaveLength(1);
  });

  /** The cycles whose rounds the sweeps read from now on. */
  function readsOfRounds(app: TestApp) {
    const rounds = app.deps.repos.rounds;
    const read: string[] = [];
    const listRoundsOfCycle = rounds.listRoundsOfCycle;
    rounds.listRoundsOfCycle = (cycleId) => {
      read.push(cycleId);
      return listRoundsOfCycle(cycleId);
    };
    return read;
  }
  const lookOf = async (cycleId: string) =>
    (
      await database.db
        .selectFrom('cycles')
        .select('follow_up_check_at')
        .where('id', '=', cycleId)
        .executeTakeFirstOrThrow()
    ).follow_up_check_at;

  test('the sweep leaves a cycle whose mini-survey is not yet due unread, and still reminds the leader whose is', async () => {
    const app = await appInstance();
    const moveTo = (iso: string) => {
      now = new Date(iso);
    };
    const early = await leaderInFollowUp(app, moveTo);
    const later = await leaderInFollowUp(app, moveTo);
    const client = app.client();
    await client.post('/api/auth/sign-in', { email: later.leader.email, password: later.leader.password });
    const changed = await client.put(`/api/cycles/${later.cycle.id}/follow-up`, {
      miniSurveyIntervalDays: 120,
    });
    expect(changed.status).toBe(200);
    const listenedAt = Date.parse('2026-12-11T09:00:00Z');

    // The first sweep looks at both (their facts changed) and notes when each falls due.
    now = new Date(listenedAt + day);
    await sweepOnBoth(app, app);
    expect(await lookOf(early.cycle.id)).toBe(new Date(listenedAt + 90 * day).toISOString());
    expect(await lookOf(later.cycle.id)).toBe(new Date(listenedAt + 120 * day).toISOString());

    const read = readsOfRounds(app);
    now = new Date(listenedAt + 89 * day);
    await sweepOnBoth(app, app);
    expect(read).toEqual([]);

    now = new Date(listenedAt + 90 * day);
    await sweepOnBoth(app, app);
    expect(new Set(read)).toEqual(new Set([early.cycle.id]));
    expect((await prompts()).map((prompt) => prompt.to_address)).toEqual([early.leader.email]);

    // Reminded: nothing is left for the sweep to do there until a fact of its schedule changes
    // (a look that ran after the reminder went out already knows; one before looks once more).
    read.length = 0;
    for (const extra of [91, 92, 100]) {
      now = new Date(listenedAt + extra * day);
      await sweepOnBoth(app, app);
    }
    expect(read.every((cycleId) => cycleId === early.cycle.id)).toBe(true);
    expect(await lookOf(early.cycle.id)).toBeNull();
    expect(await prompts()).toHaveLength(1);

    now = new Date(listenedAt + 120 * day);
    await sweepOnBoth(app, app);
    expect((await prompts()).map((prompt) => prompt.to_address).sort()).toEqual(
      [early.leader.email, later.leader.email].sort(),
    );
  });

  test('a change of cadence wakes a cycle the sweep had set aside for later', async () => {
    const app = await appInstance();
    const { leader, cycle } = await leaderInFollowUp(app, (iso) => {
      now = new Date(iso);
    });
    const listenedAt = Date.parse('2026-12-11T09:00:00Z');
    now = new Date(listenedAt + day);
    await sweepOnBoth(app, app);
    expect(await lookOf(cycle.id)).toBe(new Date(listenedAt + 90 * day).toISOString());

    now = new Date(listenedAt + 61 * day);
    const client = app.client();
    await client.post('/api/auth/sign-in', { email: leader.email, password: leader.password });
    expect(
      (await client.put(`/api/cycles/${cycle.id}/follow-up`, { miniSurveyIntervalDays: 60 })).status,
    ).toBe(200);
    expect(await lookOf(cycle.id)).toBe('');
    await sweepOnBoth(app, app);
    expect(await prompts()).toHaveLength(1);
  });
});
