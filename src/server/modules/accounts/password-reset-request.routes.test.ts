import { afterEach, beforeEach, expect, test } from 'vitest';
import { dumpAllTables } from '../../../../tests/adversarial/adversary-kit';
import { createTestApp, signedUpClient, type TestApp } from '../../../../tests/support/test-app';
import { describeEachEngine } from '../../../../tests/support/test-database';

// biome-ignore lint/suspicious/noExplicitAny: rows are compared loosely in these tests.
type Json = Record<string, any>;

/** How many rows each table gained or lost between two dumps; tables that did not change are left out. */
function rowCountChanges(before: Record<string, Json[]>, after: Record<string, Json[]>) {
  const changes: Record<string, number> = {};
  for (const [table, rows] of Object.entries(after)) {
    const change = rows.length - (before[table]?.length ?? 0);
    if (change !== 0) changes[table] = change;
  }
  return changes;
}

describeEachEngine('a reset request does the same for known and unknown addresses', (engine) => {
  let testApp: TestApp;
  beforeEach(async () => {
    testApp = await createTestApp(engine, { env: { TRUST_PROXY: '1' } });
  });
  afterEach(async () => {
    await testApp.dispose();
  });

  /** Asks from a network of its own, so both asks start from the same rate-limit rows. */
  async function ask(email: string, network: string) {
    const before = await dumpAllTables(testApp);
    const response = await testApp
      .client()
      .post('/api/auth/password-reset/request', { email }, { 'x-forwarded-for': network });
    const after = await dumpAllTables(testApp);
    const queued = after.jobs?.filter((job) => !before.jobs?.some((old) => old.id === job.id)) ?? [];
    return {
      status: response.status,
      body: await response.json(),
      changes: rowCountChanges(before, after),
      queuedKinds: queued.map((job) => job.kind),
    };
  }

  test('same status, same body, same rows written: one queued job each, and no reset link before it runs', async () => {
    const { email } = await signedUpClient(testApp);
    const known = await ask(email, '203.0.113.7');
    const unknown = await ask('nobody@example.com', '198.51.100.9');
    expect(unknown).toEqual(known);
    expect(known.status).toBe(202);
    expect(known.queuedKinds).toEqual(['accounts.password-reset']);
    expect(known.changes).toEqual({ jobs: 1, rate_limits: 2 });
  });

  test('the job mails the known address a link, sends nothing for the unknown one, and keeps neither address', async () => {
    const { email } = await signedUpClient(testApp);
    await ask(email, '203.0.113.7');
    await ask('nobody@example.com', '198.51.100.9');
    await testApp.jobRunner.tick();
    const outbox = await testApp.deps.repos.mail.listWithoutWorkspace(10);
    expect(outbox.map((message) => message.to_address)).toEqual([email]);
    const jobs = await testApp.database.db.selectFrom('jobs').select('payload').execute();
    expect(jobs.map((job) => job.payload).join(' ')).not.toMatch(/nobody@example\.com|@example\.com/);
  });
});
