import { sql } from 'kysely';
import { afterEach, expect, test } from 'vitest';
import type { DatabaseEngine } from '../../src/server/db/database';
import { migrateTo, migrateToLatest } from '../../src/server/db/migrate';
import { seedDemoWhenEmpty } from '../../src/server/modules/demo/seed-demo';
import { leaderWithCycle } from '../support/leader-fixture';
import {
  confirmEmailFromOutbox,
  createTestApp,
  signedUpClient,
  type TestApp,
  verificationTokenFor,
} from '../support/test-app';
import { createTestDatabase, describeEachEngine, withSchemaLock } from '../support/test-database';
import type { Json } from './adversary-kit';
import { mailbox, unreachableSmtp } from './mailed-round';

/**
 * A stranger with no account wants many throw-away accounts, each of which could mail arbitrary
 * addresses in the leader's name; or wants in where the operator closed sign-up.
 */

const password = 'correct horse battery';

describeEachEngine('sign-up abuse', (engine: DatabaseEngine) => {
  let testApp: TestApp;
  afterEach(async () => {
    await testApp.dispose();
  });

  async function appWith(env: Record<string, string> = {}) {
    testApp = await createTestApp(engine, { env });
    return testApp;
  }

  /** One request from a visitor at `network`, as the single trusted proxy reports it. */
  const signUpFrom = (network: string, email: string) =>
    testApp.client().post(
      '/api/auth/sign-up',
      { name: 'Throwaway', email, password },
      {
        'x-forwarded-for': network,
      },
    );

  const accountCount = async () =>
    Number(
      (
        await testApp.database.db
          .selectFrom('users')
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  test('one network creates 20 accounts in an hour; the 21st is refused with 429, another network is not', async () => {
    await appWith({ TRUST_PROXY: '1' });
    for (let index = 0; index < 20; index++) {
      expect((await signUpFrom('203.0.113.7', `throwaway${index}@example.com`)).status).toBe(201);
    }
    const refused = await signUpFrom('203.0.113.7', 'throwaway20@example.com');
    expect(refused.status).toBe(429);
    expect(((await refused.json()) as Json).error.message).toMatch(/from this network/);
    expect((await signUpFrom('198.51.100.9', 'someone-else@example.com')).status).toBe(201);
    expect(await accountCount()).toBe(21);
  });

  test('with SIGNUP=off nobody can create an account, and the policy is public', async () => {
    await appWith({ SIGNUP: 'off' });
    const refused = await testApp.client().post('/api/auth/sign-up', {
      name: 'Stranger',
      email: 'stranger@example.com',
      password,
    });
    expect(refused.status).toBe(403);
    expect(((await refused.json()) as Json).error).toMatchObject({
      code: 'sign_up_not_allowed',
      field: 'email',
    });
    expect(await accountCount()).toBe(0);
    const policy = await testApp.client().get('/api/auth/sign-up-policy');
    expect(await policy.json()).toEqual({ signUp: 'off', emailDomains: [] });
  });

  test('with SIGNUP_EMAIL_DOMAINS only those domains sign up', async () => {
    await appWith({ SIGNUP_EMAIL_DOMAINS: 'example.org' });
    const client = testApp.client();
    const outsider = await client.post('/api/auth/sign-up', { name: 'O', email: 'o@example.com', password });
    expect(outsider.status).toBe(403);
    expect(((await outsider.json()) as Json).error.message).toContain('example.org');
    const lookalike = await client.post('/api/auth/sign-up', {
      name: 'L',
      email: 'l@evil-example.org',
      password,
    });
    expect(lookalike.status).toBe(403);
    expect(
      (await client.post('/api/auth/sign-up', { name: 'Insider', email: 'in@example.org', password })).status,
    ).toBe(201);
    expect(await accountCount()).toBe(1);
  });

  test('with SIGNUP=invite-only a stranger is refused and a person an admin invited signs up', async () => {
    await appWith({ SIGNUP: 'invite-only' });
    // The first account of an empty instance is let in: somebody has to create the organization.
    const admin = await signedUpClient(testApp, 'First Admin');
    const { id } = (await (await admin.client.post('/api/workspaces', { name: 'Acme' })).json()) as Json;
    await admin.client.post(`/api/workspaces/${id}/invitations`, {
      email: 'invited@example.com',
      role: 'leader',
    });

    const stranger = await testApp.client().post('/api/auth/sign-up', {
      name: 'Stranger',
      email: 'stranger@example.com',
      password,
    });
    expect(stranger.status).toBe(403);
    expect(((await stranger.json()) as Json).error.message).toMatch(/by invitation only/);
    const invited = await testApp.client().post('/api/auth/sign-up', {
      name: 'Invited',
      email: 'invited@example.com',
      password,
    });
    expect(invited.status).toBe(201);
    expect(await accountCount()).toBe(2);
  });
});

describeEachEngine('mail in the name of an unconfirmed account', (engine: DatabaseEngine) => {
  let testApp: TestApp;
  afterEach(async () => {
    await testApp.dispose();
  });

  const roundInput = (stakeholderIds: string[]) => ({
    kind: 'listening',
    intro: 'Tell me how I can listen better.',
    closesOn: '2026-12-30',
    stakeholderIds,
  });

  /** Everything queued for anyone but the account itself. */
  const mailToOthers = async (own: string) =>
    (await mailbox(testApp)).filter((mail) => mail.to_address !== own);

  test('a new account mails nobody until it confirms: rounds, added people and organization invitations answer 403', async () => {
    testApp = await createTestApp(engine, { env: unreachableSmtp });
    const { leader, cycle, stakeholderIds } = await leaderWithCycle(testApp, { confirmEmail: false });
    const opened = await leader.client.post(`/api/cycles/${cycle.id}/rounds`, roundInput(stakeholderIds));
    expect(opened.status).toBe(403);
    const refusal = ((await opened.json()) as Json).error;
    expect(refusal.code).toBe('email_not_verified');
    expect(refusal.message).toContain(leader.email);
    const { id } = (await (await leader.client.post('/api/workspaces', { name: 'Spam Inc' })).json()) as Json;
    const invited = await leader.client.post(`/api/workspaces/${id}/invitations`, {
      email: 'victim@example.com',
      role: 'leader',
    });
    expect(invited.status).toBe(403);
    expect(await mailToOthers(leader.email)).toEqual([]);

    await confirmEmailFromOutbox(testApp, leader.email);
    const reopened = await leader.client.post(`/api/cycles/${cycle.id}/rounds`, roundInput(stakeholderIds));
    expect(reopened.status).toBe(201);
    expect(((await reopened.json()) as Json).emailed).toBe(5);
  });

  test('thank-you notes and announcements to people asked wait for a confirmed address too', async () => {
    testApp = await createTestApp(engine, { env: unreachableSmtp });
    const { leader, cycle, stakeholderIds } = await leaderWithCycle(testApp);
    const opened = (await (
      await leader.client.post(`/api/cycles/${cycle.id}/rounds`, roundInput(stakeholderIds))
    ).json()) as Json;
    await leader.client.post(`/api/rounds/${opened.roundId}/close`);
    // As if this account had never confirmed: the rule reads the account, not how the round began.
    await testApp.database.db.updateTable('users').set({ email_verified_at: null }).execute();
    const before = (await mailToOthers(leader.email)).length;
    const thanks = await leader.client.post(`/api/rounds/${opened.roundId}/thank-you`, {
      message: 'Thank you all for your honest ideas.',
    });
    expect(thanks.status).toBe(403);
    const announced = await leader.client.post(`/api/cycles/${cycle.id}/announcement`, {
      subject: 'My plan',
      body: 'Hi all, here is what I am working on.',
      send: true,
    });
    expect(announced.status).toBe(403);
    expect(((await announced.json()) as Json).error.code).toBe('email_not_verified');
    expect((await mailToOthers(leader.email)).length).toBe(before);
  });

  test('without a mail server an unconfirmed account hands out group links as before, and the link waits for the operator', async () => {
    testApp = await createTestApp(engine);
    const { leader, cycle, stakeholderIds } = await leaderWithCycle(testApp, { confirmEmail: false });
    const opened = await leader.client.post(`/api/cycles/${cycle.id}/rounds`, roundInput(stakeholderIds));
    expect(opened.status).toBe(201);
    expect(((await opened.json()) as Json).links.length).toBeGreaterThan(0);
    const held = await testApp.deps.repos.mail.listWithoutWorkspace(5);
    expect(held).toEqual([expect.objectContaining({ to_address: leader.email, status: 'held' })]);
    const signUp = await testApp.client().post('/api/auth/sign-up', {
      name: 'Second',
      email: 'second@example.com',
      password,
    });
    expect(((await signUp.json()) as Json).verification).toMatchObject({ delivery: 'held' });
  });

  test('a confirmation link works once; using one ends the older ones and removes its message from the outbox', async () => {
    testApp = await createTestApp(engine, { env: unreachableSmtp });
    const { client, email } = await signedUpClient(testApp, 'Una', { confirmEmail: false });
    const first = await verificationTokenFor(testApp, email);
    const resent = await client.post('/api/auth/verify-email/resend');
    expect(resent.status).toBe(202);
    expect(((await resent.json()) as Json).delivery).toBe('email');
    const second = await verificationTokenFor(testApp, email);
    expect(second).not.toBe(first);
    expect(((await (await client.get('/api/auth/session')).json()) as Json).user.emailVerified).toBe(false);

    expect((await testApp.client().post('/api/auth/verify-email', { token: second })).status).toBe(204);
    expect((await testApp.client().post('/api/auth/verify-email', { token: second })).status).toBe(410);
    expect((await testApp.client().post('/api/auth/verify-email', { token: first })).status).toBe(410);
    expect(((await (await client.get('/api/auth/session')).json()) as Json).user.emailVerified).toBe(true);
    expect((await mailbox(testApp)).filter((mail) => mail.to_address === email)).toEqual([]);
  });

  test('asking for the link again is limited to 3 per account in an hour', async () => {
    testApp = await createTestApp(engine, { env: unreachableSmtp });
    const { client, email } = await signedUpClient(testApp, 'Una', { confirmEmail: false });
    for (let attempt = 0; attempt < 3; attempt++) {
      expect((await client.post('/api/auth/verify-email/resend')).status).toBe(202);
    }
    expect((await client.post('/api/auth/verify-email/resend')).status).toBe(429);
    expect((await mailbox(testApp)).filter((mail) => mail.to_address === email)).toHaveLength(4);
  });

  test('accounts that existed before confirmation are counted as confirmed, and so is the demo', async () => {
    const database = await createTestDatabase(engine);
    const inSchema =
      engine === 'postgres'
        ? (await sql<{ name: string }>`select current_schema() as name`.execute(database.db)).rows[0]?.name
        : undefined;
    // Migrating reads every schema's catalog: on PostgreSQL, in turn with other workers' set-ups.
    const inTurn = <T>(work: () => Promise<T>) => (engine === 'postgres' ? withSchemaLock(work) : work());
    await inTurn(() => migrateTo(database.db, '0013-invitation-inbox', inSchema));
    const createdAt = '2026-01-05T10:00:00.000Z';
    await database.db
      .insertInto('users')
      .values({ id: 'u1', email: 'old@example.com', name: 'Old', password_hash: 'x', created_at: createdAt })
      .execute();
    await inTurn(() => migrateToLatest(database.db, inSchema));
    const row = await database.db
      .selectFrom('users')
      .select('email_verified_at')
      .where('id', '=', 'u1')
      .executeTakeFirstOrThrow();
    expect(row.email_verified_at).toBe(createdAt);
    await database.db.deleteFrom('users').execute();
    testApp = await createTestApp(engine, { database, env: { SEED_DEMO: 'true' } });
    expect(await seedDemoWhenEmpty(testApp.deps)).not.toBeNull();
    const demo = await testApp.database.db.selectFrom('users').select('email_verified_at').execute();
    // The demo user and the demo program's made-up leaders: none is left waiting for a confirmation.
    expect(demo.length).toBeGreaterThan(1);
    expect(demo.filter((user) => user.email_verified_at === null)).toEqual([]);
  });
});
