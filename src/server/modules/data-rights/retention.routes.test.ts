import { afterEach, beforeEach, expect, test } from 'vitest';
import { createTestApp, type TestApp } from '../../../../tests/support/test-app';
import { describeEachEngine } from '../../../../tests/support/test-database';
import type { Question } from '../../../shared/questions';
import { fullLeader } from './data-rights.fixtures';
import { retentionJob, scheduleRetention } from './retention.job';

// biome-ignore lint/suspicious/noExplicitAny: response bodies are read loosely in these tests.
type Json = Record<string, any>;

describeEachEngine('retention of free-text answers', (engine) => {
  let testApp: TestApp;
  let now: Date;
  beforeEach(async () => {
    now = new Date('2026-01-10T09:00:00Z');
    testApp = await createTestApp(engine, { now: () => now, env: { SMTP_URL: 'smtp://127.0.0.1:1' } });
  });
  afterEach(async () => {
    await testApp.dispose();
  });

  /** Every answer of the round, split into free text and the rest, straight from the table. */
  async function storedAnswers(roundId: string) {
    const db = testApp.database.db;
    const round = await db
      .selectFrom('rounds')
      .select('questions')
      .where('id', '=', roundId)
      .executeTakeFirstOrThrow();
    const textIds = new Set(
      (JSON.parse(round.questions) as Question[]).filter((q) => q.kind === 'text').map((q) => q.id),
    );
    const responses = await db
      .selectFrom('responses')
      .select('answers')
      .where('round_id', '=', roundId)
      .execute();
    const entries = responses.flatMap((r) =>
      Object.entries(JSON.parse(r.answers) as Record<string, unknown>),
    );
    return {
      texts: entries.filter(([id]) => textIds.has(id)).map(([, value]) => value),
      ratings: entries.filter(([id]) => !textIds.has(id)).map(([, value]) => value),
    };
  }

  async function runDailyJob(at: string) {
    now = new Date(at);
    await scheduleRetention(testApp.deps);
    await testApp.jobRunner.tick();
  }

  test('free text of rounds closed more than N months ago goes by the daily job; ratings stay', async () => {
    const { leader, workspaceId, roundId } = await fullLeader(testApp, '2026-01-20', '2026-01-10');
    const set = await leader.client.put(`/api/workspaces/${workspaceId}/retention`, { months: 6 });
    expect(set.status).toBe(204);
    const before = await storedAnswers(roundId);
    expect(before.texts.length).toBeGreaterThan(0);

    await runDailyJob('2026-07-09T09:00:00Z');
    expect(await storedAnswers(roundId)).toEqual(before);

    await runDailyJob('2026-07-11T09:00:00Z');
    const after = await storedAnswers(roundId);
    expect(after.texts).toEqual([]);
    expect(after.ratings).toEqual(before.ratings);
    // Half a year on, the leader signs in again and still sees the released ratings.
    await leader.client.post('/api/auth/sign-in', { email: leader.email, password: leader.password });
    const view = (await (await leader.client.get(`/api/rounds/${roundId}`)).json()) as Json;
    expect(view.results.released).toBe(true);
    expect(view.results.ratings[0].overall).toMatchObject({ n: 4, mean: 4 });
    expect(view.results.texts.flatMap((t: Json) => t.answers)).toEqual([]);
  });

  test('a workspace that keeps answers keeps them, whatever another workspace decided', async () => {
    const { leader, roundId } = await fullLeader(testApp, '2026-01-20', '2026-01-10');
    const org = (await (
      await leader.client.post('/api/workspaces', { name: 'Short Memory' })
    ).json()) as Json;
    expect((await leader.client.put(`/api/workspaces/${org.id}/retention`, { months: 1 })).status).toBe(204);
    const before = await storedAnswers(roundId);
    await runDailyJob('2028-01-10T09:00:00Z');
    expect(await storedAnswers(roundId)).toEqual(before);
  });

  test('an open round keeps its text however long ago it opened', async () => {
    const { leader, workspaceId, roundId } = await fullLeader(testApp, '2026-01-20', '2026-01-10');
    await leader.client.put(`/api/workspaces/${workspaceId}/retention`, { months: 1 });
    await testApp.database.db.updateTable('rounds').set({ status: 'open', closed_at: null }).execute();
    const before = await storedAnswers(roundId);
    await runDailyJob('2026-06-10T09:00:00Z');
    expect(await storedAnswers(roundId)).toEqual(before);
  });

  test('the job is queued once a day and each run queues the next day', async () => {
    now = new Date('2026-03-04T10:00:00Z');
    await scheduleRetention(testApp.deps);
    await scheduleRetention(testApp.deps);
    expect(await testApp.jobRunner.tick()).toBe(1);
    const jobs = await testApp.database.db
      .selectFrom('jobs')
      .select(['unique_key', 'run_at', 'done_at'])
      .where('kind', '=', retentionJob)
      .orderBy('run_at')
      .execute();
    expect(jobs).toEqual([
      {
        unique_key: `${retentionJob}:2026-03-04`,
        run_at: '2026-03-04T10:00:00.000Z',
        done_at: expect.any(String),
      },
      { unique_key: `${retentionJob}:2026-03-05`, run_at: '2026-03-05T03:00:00.000Z', done_at: null },
    ]);
  });

  test('the setting is 1 to 120 months, or null to keep answers, and an admin reads it back', async () => {
    const { leader, workspaceId } = await fullLeader(testApp, '2026-01-20', '2026-01-10');
    const base = `/api/workspaces/${workspaceId}/retention`;
    expect(((await (await leader.client.get(base)).json()) as Json).months).toBeNull();
    const zero = await leader.client.put(base, { months: 0 });
    expect(zero.status).toBe(400);
    expect(((await zero.json()) as Json).error).toMatchObject({
      message: 'Keep free-text answers for at least 1 month',
      field: 'months',
    });
    expect((await leader.client.put(base, { months: 121 })).status).toBe(400);
    expect((await leader.client.put(base, { months: 24 })).status).toBe(204);
    expect(((await (await leader.client.get(base)).json()) as Json).months).toBe(24);
    expect((await leader.client.put(base, { months: null })).status).toBe(204);
    expect(((await (await leader.client.get(base)).json()) as Json).months).toBeNull();
    const audit = await testApp.deps.repos.audit.listForWorkspace(workspaceId, 10);
    expect(audit.map((entry) => entry.action)).toContain('workspace.retention');
  });
});
