import { afterEach, beforeEach, expect, test } from 'vitest';
import { createTestApp, signedUpClient, type TestApp } from '../../../../tests/support/test-app';
import { describeEachEngine } from '../../../../tests/support/test-database';

function resetTokenFromOutbox(body: string): string {
  const token = body.match(/#token=([\w-]+)/)?.[1];
  if (!token) throw new Error('no reset link in message');
  return token;
}

describeEachEngine('accounts', (engine) => {
  let testApp: TestApp;
  beforeEach(async () => {
    testApp = await createTestApp(engine);
  });
  afterEach(async () => {
    await testApp.dispose();
  });

  test('signing up starts a session and creates a personal workspace', async () => {
    const { client, user } = await signedUpClient(testApp, 'Ada Lovelace');
    const me = await client.get('/api/auth/me');
    expect(me.status).toBe(200);
    expect(((await me.json()) as { user: { name: string } }).user.name).toBe('Ada Lovelace');
    const workspaces = (await (await client.get('/api/workspaces')).json()) as { workspaces: unknown[] };
    expect(workspaces.workspaces).toEqual([
      expect.objectContaining({ kind: 'personal', roles: expect.arrayContaining(['leader', 'admin']) }),
    ]);
    expect(user.email).toMatch(/@example.com$/);
  });

  test('a visitor who is not signed in learns so without an error, and a signed-in one learns who', async () => {
    const anonymous = await testApp.client().get('/api/auth/session');
    expect(anonymous.status).toBe(200);
    expect(await anonymous.json()).toEqual({ user: null });
    const { client } = await signedUpClient(testApp, 'Ada Lovelace');
    const signedIn = await client.get('/api/auth/session');
    expect(((await signedIn.json()) as { user: { name: string } }).user.name).toBe('Ada Lovelace');
    await client.post('/api/auth/sign-out');
    expect(await (await client.get('/api/auth/session')).json()).toEqual({ user: null });
  });

  test('the session cookie is HttpOnly and SameSite=Lax', async () => {
    const response = await testApp.client().post('/api/auth/sign-up', {
      name: 'Ada',
      email: 'ada@example.com',
      password: 'correct horse battery',
    });
    const cookie = response.headers.getSetCookie().join('\n');
    expect(cookie).toMatch(/ff_session=[\w-]{40,}/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
  });

  test('a common password is refused with the field named', async () => {
    const response = await testApp
      .client()
      .post('/api/auth/sign-up', { name: 'Ada', email: 'ada@example.com', password: 'password123' });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      error: { code: 'weak_password', message: expect.stringMatching(/too common/), field: 'password' },
    });
  });

  test('a password shorter than 8 or longer than 128 characters is refused', async () => {
    for (const password of ['short1!', 'x'.repeat(129)]) {
      const response = await testApp
        .client()
        .post('/api/auth/sign-up', { name: 'Ada', email: 'a@example.com', password });
      expect(response.status).toBe(400);
      expect(((await response.json()) as { error: { field: string } }).error.field).toBe('password');
    }
  });

  test('a badly formed email is refused and nothing is written', async () => {
    const response = await testApp
      .client()
      .post('/api/auth/sign-up', { name: 'Ada', email: 'not-an-email', password: 'correct horse battery' });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      error: { code: 'invalid_input', message: 'Email must look like name@example.com', field: 'email' },
    });
    expect(await testApp.deps.repos.accounts.anyUserExists()).toBe(false);
  });

  test('an email can hold only one account', async () => {
    const { email } = await signedUpClient(testApp);
    const response = await testApp
      .client()
      .post('/api/auth/sign-up', { name: 'B', email, password: 'another good pass' });
    expect(response.status).toBe(409);
  });

  test('two sign-ups with one email at once make one account, and the other is told the email is taken', async () => {
    const signUp = (name: string) =>
      testApp
        .client()
        .post('/api/auth/sign-up', { name, email: 'twice@example.com', password: 'another good pass' });
    const responses = await Promise.all([signUp('First'), signUp('Second')]);
    const outcomes = await Promise.all(
      responses.map(async (response) =>
        response.status === 201
          ? '201'
          : `${response.status} ${((await response.json()) as { error: { code: string } }).error.code}`,
      ),
    );
    expect(outcomes.sort()).toEqual(['201', '409 email_taken']);
    const users = await testApp.database.db.selectFrom('users').select('email').execute();
    expect(users).toEqual([{ email: 'twice@example.com' }]);
  });

  test('signing out ends the session on the server', async () => {
    const { client } = await signedUpClient(testApp);
    const cookie = [...client.cookies][0];
    expect((await client.post('/api/auth/sign-out')).status).toBe(204);
    const replay = await testApp.app.request('/api/auth/me', {
      headers: { cookie: `${cookie?.[0]}=${cookie?.[1]}` },
    });
    expect(replay.status).toBe(401);
  });

  test('signing in with the right password starts a new session; a wrong one is refused', async () => {
    const { email, password } = await signedUpClient(testApp);
    const wrong = await testApp.client().post('/api/auth/sign-in', { email, password: 'not the password' });
    expect(wrong.status).toBe(400);
    const client = testApp.client();
    expect((await client.post('/api/auth/sign-in', { email: email.toUpperCase(), password })).status).toBe(
      200,
    );
    expect((await client.get('/api/auth/me')).status).toBe(200);
  });

  test('sign-in is rate-limited per account, across app instances sharing the database', async () => {
    const { email } = await signedUpClient(testApp);
    const other = await createTestApp(engine, { database: { ...testApp.database, dispose: async () => {} } });
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 11; attempt++) {
      const target = attempt % 2 === 0 ? testApp : other;
      statuses.push(
        (await target.client().post('/api/auth/sign-in', { email, password: 'wrong password!' })).status,
      );
    }
    expect(statuses.slice(0, 10).every((status) => status === 400)).toBe(true);
    expect(statuses[10]).toBe(429);
  });

  test('a password reset link sets a new password once and signs out every session', async () => {
    const { client, email } = await signedUpClient(testApp);
    const request = await testApp.client().post('/api/auth/password-reset/request', { email });
    expect(request.status).toBe(202);
    await testApp.jobRunner.tick();
    const [message] = await testApp.deps.repos.mail.listWithoutWorkspace(10);
    const token = resetTokenFromOutbox(message?.text_body ?? '');
    const complete = await testApp
      .client()
      .post('/api/auth/password-reset/complete', { token, password: 'a brand new secret' });
    expect(complete.status).toBe(204);
    expect((await client.get('/api/auth/me')).status).toBe(401);
    const again = await testApp
      .client()
      .post('/api/auth/password-reset/complete', { token, password: 'yet another one!' });
    expect(again.status).toBe(410);
    const signIn = await testApp
      .client()
      .post('/api/auth/sign-in', { email, password: 'a brand new secret' });
    expect(signIn.status).toBe(200);
  });

  test('asking to reset an unknown email answers the same and sends nothing', async () => {
    const response = await testApp
      .client()
      .post('/api/auth/password-reset/request', { email: 'nobody@example.com' });
    expect(response.status).toBe(202);
    await testApp.jobRunner.tick();
    expect(await testApp.deps.repos.mail.listWithoutWorkspace(10)).toEqual([]);
  });

  test('a session expires after the idle timeout', async () => {
    let now = new Date('2026-01-01T09:00:00Z');
    const clocked = await createTestApp(engine, { now: () => now, env: { SESSION_IDLE_MINUTES: '30' } });
    try {
      const { client } = await signedUpClient(clocked);
      now = new Date('2026-01-01T09:29:00Z');
      expect((await client.get('/api/auth/me')).status).toBe(200);
      now = new Date('2026-01-01T10:00:00Z');
      expect((await client.get('/api/auth/me')).status).toBe(401);
    } finally {
      await clocked.dispose();
    }
  });

  test('a session expires at the absolute timeout even when used', async () => {
    let now = new Date('2026-01-01T09:00:00Z');
    const clocked = await createTestApp(engine, { now: () => now, env: { SESSION_MAX_DAYS: '1' } });
    try {
      const { client } = await signedUpClient(clocked);
      for (let hour = 1; hour <= 23; hour++) {
        now = new Date(Date.parse('2026-01-01T09:00:00Z') + hour * 3_600_000);
        expect((await client.get('/api/auth/me')).status).toBe(200);
      }
      now = new Date('2026-01-02T09:00:01Z');
      expect((await client.get('/api/auth/me')).status).toBe(401);
    } finally {
      await clocked.dispose();
    }
  });
});
