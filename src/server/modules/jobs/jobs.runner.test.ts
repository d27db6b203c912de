import { afterEach, beforeEach, expect, test } from 'vitest';
import { createTestApp, type TestApp } from '../../../../tests/support/test-app';
import {
  createTestDatabase,
  describeEachEngine,
  type TestDatabase,
} from '../../../../tests/support/test-database';

describeEachEngine('jobs', (engine) => {
  let database: TestDatabase;
  const apps: TestApp[] = [];
  beforeEach(async () => {
    database = await createTestDatabase(engine);
  });
  afterEach(async () => {
    for (const app of apps.splice(0)) await app.jobRunner.stop();
    await database.dispose();
  });

  async function appInstance(handler: (payload: unknown) => Promise<void>, now?: () => Date) {
    // Each instance has its own connection, as a separate process would.
    const connection = database.openAnother();
    const app = await createTestApp(engine, {
      database: { ...connection, openAnother: database.openAnother, dispose: connection.close },
      extraJobHandlers: { 'test.record': handler },
      ...(now ? { now } : {}),
    });
    apps.push(app);
    return app;
  }

  test('two app instances on one database run each job exactly once', async () => {
    const runs: string[] = [];
    const record = async (payload: unknown) => {
      runs.push((payload as { n: string }).n);
      await new Promise((resolve) => setTimeout(resolve, 2));
    };
    const first = await appInstance(record);
    const second = await appInstance(record);
    const now = new Date();
    for (let n = 0; n < 60; n++) {
      await first.deps.repos.jobs.enqueue(
        { kind: 'test.record', payload: { n: String(n) }, runAt: now, accountId: null },
        now,
      );
    }
    const counts = await Promise.all([first.jobRunner.tick(), second.jobRunner.tick()]);
    expect(counts.reduce((sum, count) => sum + count, 0)).toBe(60);
    expect(runs.sort()).toEqual(Array.from({ length: 60 }, (_, n) => String(n)).sort());
  });

  test('a job with a unique key is enqueued only once', async () => {
    const runs: unknown[] = [];
    const app = await appInstance(async (payload) => {
      runs.push(payload);
    });
    const now = new Date();
    for (let attempt = 0; attempt < 3; attempt++) {
      await app.deps.repos.jobs.enqueue(
        { kind: 'test.record', payload: attempt, runAt: now, uniqueKey: 'once', accountId: null },
        now,
      );
    }
    await app.jobRunner.tick();
    expect(runs).toEqual([0]);
  });

  test('a job that is not due yet waits', async () => {
    const runs: unknown[] = [];
    const app = await appInstance(async (payload) => {
      runs.push(payload);
    });
    const now = new Date();
    const later = new Date(now.getTime() + 60_000);
    await app.deps.repos.jobs.enqueue(
      { kind: 'test.record', payload: 'later', runAt: later, accountId: null },
      now,
    );
    expect(await app.jobRunner.tick()).toBe(0);
    expect(runs).toEqual([]);
  });

  test('a failing job is retried later with its error kept', async () => {
    const app = await appInstance(async () => {
      throw new Error('mail server down');
    });
    const now = new Date();
    await app.deps.repos.jobs.enqueue(
      { kind: 'test.record', payload: null, runAt: now, accountId: null },
      now,
    );
    expect(await app.jobRunner.tick()).toBe(1);
    const row = await database.db.selectFrom('jobs').selectAll().executeTakeFirstOrThrow();
    expect(row.done_at).toBeNull();
    expect(row.last_error).toBe('mail server down');
    expect(row.run_at > now.toISOString()).toBe(true);
  });

  test('a process whose claim expired and was taken over can no longer release the job to a third', async () => {
    let clock = new Date('2026-12-01T09:00:00Z');
    const now = () => clock;
    const runs: string[] = [];
    let secondStarted!: () => void;
    const secondHasClaimed = new Promise<void>((resolve) => {
      secondStarted = resolve;
    });
    let finishSecond!: () => void;
    const secondMayFinish = new Promise<void>((resolve) => {
      finishSecond = resolve;
    });
    let secondTick: Promise<number> | undefined;

    const second = await appInstance(async () => {
      runs.push('second');
      secondStarted();
      await secondMayFinish;
    }, now);
    const third = await appInstance(async () => {
      runs.push('third');
    }, now);
    // The first process is slow: its lease runs out, the second takes the job over, then the first fails.
    const first = await appInstance(async () => {
      runs.push('first');
      clock = new Date(clock.getTime() + 6 * 60_000);
      secondTick = second.jobRunner.tick();
      await secondHasClaimed;
      throw new Error('the first process failed late');
    }, now);
    await first.deps.repos.jobs.enqueue(
      { kind: 'test.record', payload: null, runAt: clock, accountId: null },
      clock,
    );

    await first.jobRunner.tick();
    // Past the first process's back-off, but well within the second's lease.
    clock = new Date(clock.getTime() + 60_000);
    const thirdRan = await third.jobRunner.tick();
    finishSecond();
    await secondTick;

    expect(thirdRan).toBe(0);
    expect(runs).toEqual(['first', 'second']);
    const row = await database.db.selectFrom('jobs').selectAll().executeTakeFirstOrThrow();
    expect(row.done_at).not.toBeNull();
    expect(row.last_error).toBeNull();
  });
});
