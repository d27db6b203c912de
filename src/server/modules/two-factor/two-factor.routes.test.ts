import { afterEach, beforeEach, expect, test } from 'vitest';
import { codeAt } from '../../../../tests/support/authenticator';
import { readZip } from '../../../../tests/support/read-zip';
import {
  createTestApp,
  signedUpClient,
  type TestApp,
  type TestClient,
} from '../../../../tests/support/test-app';
import { describeEachEngine } from '../../../../tests/support/test-database';

// biome-ignore lint/suspicious/noExplicitAny: response bodies are read loosely in these tests.
type Json = Record<string, any>;

describeEachEngine('two-step sign-in', (engine) => {
  let now: Date;
  let testApp: TestApp;
  beforeEach(async () => {
    now = new Date('2026-12-06T10:00:00Z');
    testApp = await createTestApp(engine, { now: () => now });
  });
  afterEach(async () => {
    await testApp.dispose();
  });

  /** Moves the clock on by whole 30-second steps, so each code below is a new one. */
  const later = (steps = 1) => {
    now = new Date(now.getTime() + steps * 30_000);
  };

  async function enrolled() {
    const account = await signedUpClient(testApp);
    const started = await account.client.post('/api/account/two-factor/enrollment');
    expect(started.status).toBe(201);
    const { secret, uri, qrSvg } = (await started.json()) as Json;
    expect(uri).toMatch(/^otpauth:\/\/totp\/Feedforward:.+\?.*secret=/);
    expect(qrSvg).toMatch(/^<svg/);
    const confirmed = await account.client.post('/api/account/two-factor/enrollment/confirm', {
      code: codeAt(secret, now),
    });
    expect(confirmed.status).toBe(200);
    const { recoveryCodes } = (await confirmed.json()) as Json;
    later();
    return { ...account, secret: secret as string, recoveryCodes: recoveryCodes as string[] };
  }

  async function passwordStep(client: TestClient, email: string, password: string) {
    const response = await client.post('/api/auth/sign-in', { email, password });
    expect(response.status).toBe(200);
    const body = (await response.json()) as Json;
    expect(body.user).toBeNull();
    return body.secondStep.token as string;
  }

  const secondStep = (client: TestClient, token: string, code: string) =>
    client.post('/api/auth/sign-in/second-step', { token, code });

  test('enrolling shows a secret, a link and a QR code; a code turns it on with ten recovery codes', async () => {
    const { client, recoveryCodes } = await enrolled();
    expect(recoveryCodes).toHaveLength(10);
    expect(new Set(recoveryCodes).size).toBe(10);
    for (const code of recoveryCodes) expect(code).toMatch(/^[a-z2-7]{5}-[a-z2-7]{5}$/);
    expect(await (await client.get('/api/account/two-factor')).json()).toEqual({
      enabled: true,
      recoveryCodesLeft: 10,
      required: false,
    });
    const stored = await testApp.database.db
      .selectFrom('two_factor_recovery_codes')
      .select('code_hash')
      .execute();
    expect(stored.map((row) => row.code_hash).join(' ')).not.toContain(recoveryCodes[0]?.replace('-', ''));
  });

  test('a wrong code does not turn it on, and a second enrollment cannot replace an enrolled secret', async () => {
    const { client } = await signedUpClient(testApp);
    await client.post('/api/account/two-factor/enrollment');
    const wrong = await client.post('/api/account/two-factor/enrollment/confirm', { code: '000000' });
    expect(wrong.status).toBe(400);
    expect(((await wrong.json()) as Json).error).toMatchObject({ code: 'wrong_code', field: 'code' });
    expect(((await (await client.get('/api/account/two-factor')).json()) as Json).enabled).toBe(false);

    const other = await enrolled();
    const again = await other.client.post('/api/account/two-factor/enrollment');
    expect(again.status).toBe(409);
    const row = await testApp.database.db
      .selectFrom('two_factor_secrets')
      .select('secret')
      .where('user_id', '=', other.user.id)
      .executeTakeFirstOrThrow();
    expect(row.secret).toBe(other.secret);
  });

  test('signing in asks for the code after the password, and the code starts the session', async () => {
    const { email, password, secret } = await enrolled();
    const client = testApp.client();
    const token = await passwordStep(client, email, password);
    expect(client.cookies.size).toBe(0);
    expect((await client.get('/api/auth/me')).status).toBe(401);
    const done = await secondStep(client, token, codeAt(secret, now));
    expect(done.status).toBe(200);
    expect(((await done.json()) as Json).user.email).toBe(email);
    expect((await client.get('/api/auth/me')).status).toBe(200);
  });

  test('a wrong password gets the same second step as a right one, and only the code step refuses it', async () => {
    const { email, password, secret } = await enrolled();
    const client = testApp.client();
    const right = await client.post('/api/auth/sign-in', { email, password });
    const wrong = await client.post('/api/auth/sign-in', { email, password: 'not the password' });
    expect(wrong.status).toBe(right.status);
    const shape = (body: Json) => ({ user: body.user, secondStep: Object.keys(body.secondStep) });
    expect(shape((await wrong.json()) as Json)).toEqual(shape((await right.json()) as Json));

    const wrongToken = await passwordStep(client, email, 'not the password');
    const refused = await secondStep(client, wrongToken, codeAt(secret, now));
    expect(refused.status).toBe(400);
    expect(((await refused.json()) as Json).error).toMatchObject({ code: 'wrong_code', field: 'code' });
    expect((await client.get('/api/auth/me')).status).toBe(401);
    // The code was not used up by the wrong password: the owner signs in with it.
    const ownerToken = await passwordStep(client, email, password);
    expect((await secondStep(client, ownerToken, codeAt(secret, now))).status).toBe(200);
  });

  test('a recovery code signs in once and is then used up', async () => {
    const { email, password, recoveryCodes } = await enrolled();
    const [first] = recoveryCodes;
    const client = testApp.client();
    const typed = (first as string).toUpperCase().replace('-', ' ');
    expect((await secondStep(client, await passwordStep(client, email, password), typed)).status).toBe(200);
    const again = testApp.client();
    const replay = await secondStep(again, await passwordStep(again, email, password), first as string);
    expect(replay.status).toBe(400);
    expect(((await (await client.get('/api/account/two-factor')).json()) as Json).recoveryCodesLeft).toBe(9);
  });

  test('turning it off takes the password and a code, and removes the secret and recovery codes', async () => {
    const { client, email, password, secret, user } = await enrolled();
    const noPassword = await client.post('/api/account/two-factor/disable', {
      password: 'not the password',
      code: codeAt(secret, now),
    });
    expect(noPassword.status).toBe(400);
    expect(((await noPassword.json()) as Json).error.field).toBe('password');
    const noCode = await client.post('/api/account/two-factor/disable', { password, code: '123456' });
    expect(noCode.status).toBe(400);
    expect(((await noCode.json()) as Json).error.field).toBe('code');
    const off = await client.post('/api/account/two-factor/disable', { password, code: codeAt(secret, now) });
    expect(off.status).toBe(204);
    const db = testApp.database.db;
    expect(
      await db.selectFrom('two_factor_secrets').selectAll().where('user_id', '=', user.id).execute(),
    ).toEqual([]);
    expect(
      await db.selectFrom('two_factor_recovery_codes').selectAll().where('user_id', '=', user.id).execute(),
    ).toEqual([]);
    const signIn = await testApp.client().post('/api/auth/sign-in', { email, password });
    expect(((await signIn.json()) as Json).user.email).toBe(email);
  });

  test('a data export tells when two-step sign-in was set up, never the secret or a code', async () => {
    const { client, secret, recoveryCodes } = await enrolled();
    const response = await client.get('/api/account/export');
    expect(response.status).toBe(200);
    const files = readZip(Buffer.from(await response.arrayBuffer()));
    expect([...files.keys()].some((name) => name.includes('two-factor'))).toBe(true);
    const archive = [...files.values()].join('\n');
    expect(archive).toContain('authenticator app');
    expect(archive).not.toContain(secret);
    for (const code of recoveryCodes) expect(archive).not.toContain(code);
  });

  test('deleting the account removes its secret, recovery codes and pending sign-ins', async () => {
    const { client, email, password, user } = await enrolled();
    await testApp.client().post('/api/auth/sign-in', { email, password });
    const deleted = await client.post('/api/account/delete', { password, confirm: 'DELETE' });
    expect(deleted.status).toBe(204);
    const db = testApp.database.db;
    for (const table of ['two_factor_secrets', 'two_factor_recovery_codes', 'pending_sign_ins'] as const) {
      expect(await db.selectFrom(table).select('user_id').where('user_id', '=', user.id).execute()).toEqual(
        [],
      );
    }
  });
});
