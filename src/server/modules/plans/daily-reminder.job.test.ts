import { afterEach, beforeEach, expect, test } from 'vitest';
import { askBeforeAdvising, leaderWithCycle } from '../../../../tests/support/leader-fixture';
import { createTestApp, type TestApp } from '../../../../tests/support/test-app';
import { describeEachEngine } from '../../../../tests/support/test-database';

// biome-ignore lint/suspicious/noExplicitAny: response bodies are read loosely in these tests.
type Json = Record<string, any>;

describeEachEngine('daily reminder emails', (engine) => {
  let testApp: TestApp;
  let now: Date;
  beforeEach(async () => {
    now = new Date('2026-12-01T09:00:00Z');
    testApp = await createTestApp(engine, { now: () => now, env: { SMTP_URL: 'smtp://127.0.0.1:1' } });
  });
  afterEach(async () => {
    await testApp.dispose();
  });

  const reminders = async () =>
    testApp.database.db
      .selectFrom('outbox')
      .select(['to_address', 'text_body', 'created_at'])
      .where('subject', '=', 'Your daily questions')
      .orderBy('created_at')
      .execute();

  async function at(instant: string) {
    now = new Date(instant);
    await testApp.jobRunner.tick();
  }

  /** A leader with one behavior and the reminder at 18:00 Berlin time (17:00 UTC in winter). */
  async function leaderWithReminder() {
    const setup = await leaderWithCycle(testApp);
    const saved = await setup.leader.client.post(
      `/api/cycles/${setup.cycle.id}/commitments`,
      askBeforeAdvising,
    );
    const commitmentId = ((await saved.json()) as Json).commitment.id as string;
    const reminder = await setup.leader.client.put(`/api/cycles/${setup.cycle.id}/daily-reminder`, {
      enabled: true,
      time: '18:00',
      timeZone: 'Europe/Berlin',
    });
    expect(reminder.status).toBe(200);
    return { ...setup, commitmentId };
  }

  test("the reminder arrives at the leader's local time with their daily question, once a day", async () => {
    const { leader } = await leaderWithReminder();
    await at('2026-12-01T16:59:00Z');
    expect(await reminders()).toHaveLength(0);
    await at('2026-12-01T17:00:01Z');
    await at('2026-12-01T20:00:00Z');
    const sent = await reminders();
    expect(sent).toHaveLength(1);
    expect(sent[0]?.to_address).toBe(leader.email);
    expect(sent[0]?.text_body).toContain(
      'Did I do my best to ask what they have tried before I suggest anything today?',
    );
    await at('2026-12-02T17:00:01Z');
    expect(await reminders()).toHaveLength(2);
  });

  test('no reminder on a day the leader already answered, and the next day it comes again', async () => {
    const { leader, commitmentId } = await leaderWithReminder();
    now = new Date('2026-12-01T12:00:00Z');
    await leader.client.put(`/api/commitments/${commitmentId}/checkins/2026-12-01`, { score: 8 });
    await at('2026-12-01T17:00:01Z');
    expect(await reminders()).toHaveLength(0);
    await at('2026-12-02T17:00:01Z');
    expect(await reminders()).toHaveLength(1);
  });

  test("moving the time after today's reminder went out sends nothing more today", async () => {
    const { leader, cycle } = await leaderWithReminder();
    await at('2026-12-01T17:00:01Z');
    now = new Date('2026-12-01T17:30:00Z');
    await leader.client.put(`/api/cycles/${cycle.id}/daily-reminder`, {
      enabled: true,
      time: '21:00',
      timeZone: 'Europe/Berlin',
    });
    await at('2026-12-01T20:00:01Z');
    expect(await reminders()).toHaveLength(1);
    await at('2026-12-02T17:00:01Z');
    expect(await reminders()).toHaveLength(1);
    await at('2026-12-02T20:00:01Z');
    expect(await reminders()).toHaveLength(2);
  });

  test('turning the reminder off stops it', async () => {
    const { leader, cycle } = await leaderWithReminder();
    await leader.client.put(`/api/cycles/${cycle.id}/daily-reminder`, {
      enabled: false,
      time: '18:00',
      timeZone: 'Europe/Berlin',
    });
    await at('2026-12-01T17:00:01Z');
    await at('2026-12-02T17:00:01Z');
    expect(await reminders()).toHaveLength(0);
  });

  test('two app processes running the same due jobs send one reminder', async () => {
    await leaderWithReminder();
    const another = testApp.database.openAnother();
    const second = await createTestApp(engine, {
      now: () => now,
      env: { SMTP_URL: 'smtp://127.0.0.1:1' },
      database: { ...testApp.database, ...another, dispose: () => another.close() },
    });
    try {
      now = new Date('2026-12-01T17:00:01Z');
      await Promise.all([testApp.jobRunner.tick(), second.jobRunner.tick()]);
      expect(await reminders()).toHaveLength(1);
    } finally {
      await second.dispose();
    }
  });
});
