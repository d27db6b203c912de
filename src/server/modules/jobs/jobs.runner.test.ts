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

  async function appInstance(handler: (payload: unknown) => Promise<void>) {
    // Each instance has its own connection, as a separate process would.
    const connection = database.openAnother();
    const app = await createTestApp(engine, {
      database: { ...connection, openAnother: database.openAnother, dispose: connection.close },
      extraJobHandlers: { 'test.record': handler },
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
        { kind: 'test.record', payload: { n: String(n) }, runAt: now },
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
        { kind: 'test.record', payload: attempt, runAt: now, uniqueKey: 'once' },
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
    await app.deps.repos.jobs.enqueue({ kind: 'test.record', payload: 'later', runAt: later }, now);
    expect(await app.jobRunner.tick()).toBe(0);
    expect(runs).toEqual([]);
  });

  test('a failing job is retried later with its error kept', async () => {
    const app = await appInstance(async () => {
      throw new Error('mail server down');
    });
    const now = new Date();
    await app.deps.repos.jobs.enqueue({ kind: 'test.record', payload: null, runAt: now }, now);
    expect(await app.jobRunner.tick()).toBe(1);
    const row = await database.db.selectFrom('jobs').selectAll().executeTakeFirstOrThrow();
    expect(row.done_at).toBeNull();
    expect(row.last_error).toBe('mail server down');
    expect(row.run_at > now.toISOString()).toBe(true);
  });
});
