import { afterEach, beforeEach, expect, test } from 'vitest';
import { createTestApp, signedUpClient, type TestApp } from '../../../../tests/support/test-app';
import { describeEachEngine } from '../../../../tests/support/test-database';
import { createRepositories } from '../../repositories';
import { hashToken } from '../../security/tokens';
import { countHit } from '../rate-limits/rate-limits.usecases';
import { housekeepingJob, scheduleHousekeeping } from './housekeeping.job';
import { deleteExpiredRows } from './housekeeping.usecases';

const hour = 3_600_000;
const day = 24 * hour;

describeEachEngine('housekeeping', (engine) => {
  let testApp: TestApp;
  let now: Date;
  const signedUpAt = new Date('2026-03-01T10:00:00Z');
  // Default policy: a session ends after 7 idle days or 30 days in all.
  const runAt = new Date(signedUpAt.getTime() + 8 * day);
  const ago = (ms: number) => new Date(runAt.getTime() - ms);

  beforeEach(async () => {
    now = signedUpAt;
    testApp = await createTestApp(engine, {
      now: () => now,
      extraJobHandlers: { 'test.noop': async () => {} },
    });
  });
  afterEach(async () => {
    await testApp.dispose();
  });

  const db = () => testApp.database.db;
  const repos = () => testApp.deps.repos;

  async function finishJobAt(at: Date, name: string) {
    now = at;
    await repos().jobs.enqueue({ kind: 'test.noop', payload: name, runAt: at, accountId: null }, at);
    await testApp.jobRunner.tick();
  }

  async function insertSession(name: string, createdAt: Date, lastSeenAt: Date, userId: string) {
    const idHash = hashToken(name);
    await repos().accounts.insertSession({ idHash, userId, now: createdAt, expiresAt: new Date(8e15) });
    await repos().accounts.touchSession(idHash, lastSeenAt);
  }

  async function insertInvitation(name: string, expiresAt: Date, workspaceId: string, invitedBy: string) {
    await repos().workspaces.insertInvitation({
      id: name,
      workspace_id: workspaceId,
      email: `${name}@example.com`,
      role: 'leader',
      token_hash: hashToken(name),
      invited_by: invitedBy,
      created_at: ago(60 * day).toISOString(),
      expires_at: expiresAt.toISOString(),
      accepted_at: null,
    });
  }

  /** A confirmation link and the held message that carried it. */
  async function insertVerification(name: string, expiresAt: Date, userId: string) {
    await db()
      .insertInto('outbox')
      .values({
        id: `message of ${name}`,
        workspace_id: null,
        to_address: 'someone@example.com',
        subject: 'Confirm your address',
        text_body: name,
        status: 'held',
        attempts: 0,
        last_error: null,
        created_at: ago(day).toISOString(),
        sent_at: null,
        account_id: userId,
      })
      .execute();
    await repos().accounts.insertEmailVerification({
      tokenHash: name,
      userId,
      outboxId: `message of ${name}`,
      now: ago(day),
      expiresAt,
    });
  }

  test('the daily job deletes what has expired, by the injected clock, and keeps every row still of use', async () => {
    // Signing up leaves a session last seen now and a sign-up count for this network.
    const { user } = await signedUpClient(testApp);
    const workspace = await db()
      .selectFrom('memberships')
      .select('workspace_id')
      .where('user_id', '=', user.id)
      .executeTakeFirstOrThrow();
    await finishJobAt(signedUpAt, 'finished eight days before the run');
    await finishJobAt(ago(6 * day), 'finished six days before the run');

    now = runAt;
    await insertSession('seen an hour ago', ago(2 * day), ago(hour), user.id);
    await insertSession('older than 30 days', ago(31 * day), ago(hour), user.id);
    const resets = repos().accounts;
    await resets.insertPasswordReset({
      tokenHash: 'used',
      userId: user.id,
      now: ago(hour),
      expiresAt: runAt,
    });
    await resets.consumePasswordReset('used', ago(hour / 2));
    await resets.insertPasswordReset({
      tokenHash: 'expired',
      userId: user.id,
      now: ago(2 * hour),
      expiresAt: ago(hour),
    });
    await resets.insertPasswordReset({
      tokenHash: 'live',
      userId: user.id,
      now: ago(hour / 6),
      expiresAt: ago(-hour),
    });
    const pending = repos().twoFactor;
    await pending.insertPendingSignIn({
      tokenHash: 'expired',
      userId: user.id,
      passwordOk: true,
      now: ago(hour),
      expiresAt: ago(1),
    });
    await pending.insertPendingSignIn({
      tokenHash: 'live',
      userId: user.id,
      passwordOk: true,
      now: runAt,
      expiresAt: ago(-hour),
    });
    await insertVerification('expired link', ago(1), user.id);
    await insertVerification('live link', ago(-hour), user.id);
    await countHit(
      { repos: repos(), now: () => ago(hour) },
      { name: 'test:recent', windowMs: hour },
      'someone',
    );
    await insertInvitation('expired-31-days-ago', ago(31 * day), workspace.workspace_id, user.id);
    await insertInvitation('expired-29-days-ago', ago(29 * day), workspace.workspace_id, user.id);
    await insertInvitation('still-open', ago(-day), workspace.workspace_id, user.id);
    await repos().jobs.enqueue(
      { kind: 'test.noop', payload: 'tomorrow', runAt: ago(-day), accountId: null },
      runAt,
    );

    await scheduleHousekeeping(testApp.deps);
    await testApp.jobRunner.tick();

    const sessions = await db().selectFrom('sessions').select('id_hash').execute();
    expect(sessions.map((row) => row.id_hash)).toEqual([hashToken('seen an hour ago')]);
    const links = await db().selectFrom('password_resets').select('token_hash').execute();
    expect(links.map((row) => row.token_hash)).toEqual(['live']);
    const verifications = await db().selectFrom('email_verifications').select('token_hash').execute();
    expect(verifications.map((row) => row.token_hash)).toEqual(['live link']);
    const messages = await db()
      .selectFrom('outbox')
      .select('id')
      .where('id', 'like', 'message of %')
      .execute();
    expect(messages.map((row) => row.id)).toEqual(['message of live link']);
    const signIns = await db().selectFrom('pending_sign_ins').select('token_hash').execute();
    expect(signIns.map((row) => row.token_hash)).toEqual(['live']);
    // The sign-up count eight days ago went; the one from an hour ago stays.
    expect(await db().selectFrom('rate_limits').select('window_start').execute()).toEqual([
      { window_start: ago(hour).toISOString() },
    ]);
    const invitations = await db().selectFrom('member_invitations').select('id').orderBy('id').execute();
    expect(invitations.map((row) => row.id)).toEqual(['expired-29-days-ago', 'still-open']);
    const jobs = await db().selectFrom('jobs').select(['kind', 'payload', 'done_at', 'run_at']).execute();
    expect(jobs.filter((job) => job.kind === 'test.noop').map((job) => JSON.parse(job.payload))).toEqual(
      expect.arrayContaining(['finished six days before the run', 'tomorrow']),
    );
    expect(jobs.filter((job) => job.kind === 'test.noop')).toHaveLength(2);
    // Today's run is done and tomorrow's is queued, at 04:00 UTC.
    expect(
      jobs.filter((job) => job.kind === housekeepingJob).map((job) => [job.run_at, job.done_at]),
    ).toEqual(
      expect.arrayContaining([
        [runAt.toISOString(), runAt.toISOString()],
        ['2026-03-10T04:00:00.000Z', null],
      ]),
    );
  });

  test('webhook deliveries older than 30 days, and tokens expired over 30 days ago, go; newer ones stay', async () => {
    const { user } = await signedUpClient(testApp);
    now = runAt;
    const token = (name: string, expiresAt: Date) =>
      repos().apiTokens.insertApiToken({
        id: name,
        user_id: user.id,
        name,
        token_hash: hashToken(name),
        hint: name.slice(-4),
        scopes: '["read"]',
        created_at: ago(90 * day).toISOString(),
        expires_at: expiresAt.toISOString(),
        last_used_at: null,
      });
    await token('expired 31 days ago', ago(31 * day));
    await token('expired 29 days ago', ago(29 * day));
    await token('still valid', ago(-day));
    await repos().webhooks.insertWebhook({
      id: 'hook',
      user_id: user.id,
      url: 'https://hooks.example.com/in',
      events: '["round.closed"]',
      secret: 'whsec_test',
      enabled: 1,
      created_at: ago(90 * day).toISOString(),
    });
    const delivery = (id: string, createdAt: Date) =>
      repos().webhooks.insertDelivery({
        id,
        webhook_id: 'hook',
        event: 'round.closed',
        body: '{}',
        status: 'delivered',
        attempts: 1,
        response_code: 200,
        last_error: null,
        created_at: createdAt.toISOString(),
        last_attempt_at: createdAt.toISOString(),
      });
    await delivery('made 31 days ago', ago(31 * day));
    await delivery('made 30 days ago', ago(30 * day));
    await delivery('made 29 days ago', ago(29 * day));

    await scheduleHousekeeping(testApp.deps);
    await testApp.jobRunner.tick();

    const tokens = await db().selectFrom('api_tokens').select('id').orderBy('id').execute();
    expect(tokens.map((row) => row.id)).toEqual(['expired 29 days ago', 'still valid']);
    const deliveries = await db().selectFrom('webhook_deliveries').select('id').execute();
    expect(deliveries.map((row) => row.id)).toEqual(['made 29 days ago']);
    expect(await db().selectFrom('webhooks').select('id').execute()).toEqual([{ id: 'hook' }]);
  });

  test('a second run the same day is not queued, and a repeat deletes nothing more', async () => {
    now = runAt;
    await scheduleHousekeeping(testApp.deps);
    await scheduleHousekeeping(testApp.deps);
    expect(await testApp.jobRunner.tick()).toBe(1);
    const again = await deleteExpiredRows(testApp.deps);
    expect(Object.values(again)).toEqual(Object.values(again).map(() => 0));
  });

  test('two app processes deleting at once delete each expired row once, and neither fails', async () => {
    const { user } = await signedUpClient(testApp);
    now = runAt;
    for (let n = 0; n < 40; n++) await insertSession(`idle ${n}`, ago(9 * day), ago(8 * day), user.id);
    const other = testApp.database.openAnother();
    try {
      const otherDeps = { ...testApp.deps, repos: createRepositories(other.db, other.engine) };
      const [first, second] = await Promise.all([
        deleteExpiredRows(testApp.deps),
        deleteExpiredRows(otherDeps),
      ]);
      // 40 idle sessions plus the one signing up left, last seen eight days before.
      expect(first.sessions + second.sessions).toBe(41);
      expect(await db().selectFrom('sessions').select('id_hash').execute()).toEqual([]);
    } finally {
      await other.close();
    }
  });
});
