import { afterEach, beforeEach, expect, test } from 'vitest';
import { createTestApp, signedUpClient, type TestApp } from '../../../../tests/support/test-app';
import { describeEachEngine } from '../../../../tests/support/test-database';

// biome-ignore lint/suspicious/noExplicitAny: response bodies are read loosely in these tests.
type Json = Record<string, any>;

describeEachEngine('personal API tokens', (engine) => {
  let now: Date;
  let testApp: TestApp;
  beforeEach(async () => {
    now = new Date('2026-12-06T10:00:00Z');
    testApp = await createTestApp(engine, { now: () => now });
  });
  afterEach(async () => {
    await testApp.dispose();
  });

  /** A script: no cookie, no Origin, only the bearer header. */
  const bearer = (token: string, method: string, path: string, body?: unknown) =>
    testApp.app.request(path, {
      method,
      headers: {
        authorization: `Bearer ${token}`,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });

  async function withToken(scopes: string[], expiresInDays = 30) {
    const account = await signedUpClient(testApp, 'Lee Leader');
    const response = await account.client.post('/api/tokens', { name: 'My script', scopes, expiresInDays });
    expect(response.status).toBe(201);
    const body = (await response.json()) as Json;
    return { ...account, token: body.token as string, apiToken: body.apiToken as Json };
  }

  test('a token is shown once, stored only as a hash, and listed with its name, scopes and expiry', async () => {
    const { client, token, apiToken } = await withToken(['write', 'read']);
    expect(token).toMatch(/^ffp_[\w-]{43}$/);
    expect(apiToken).toMatchObject({
      name: 'My script',
      hint: token.slice(-4),
      scopes: ['read', 'write'],
      expiresAt: '2027-01-05T10:00:00.000Z',
      lastUsedAt: null,
    });
    const stored = await testApp.database.db.selectFrom('api_tokens').selectAll().execute();
    expect(JSON.stringify(stored)).not.toContain(token);
    const list = (await (await client.get('/api/tokens')).json()) as Json;
    expect(list.tokens).toEqual([apiToken]);
    expect(JSON.stringify(list)).not.toContain(token);
  });

  test('a token acts as its owner without cookie or Origin, and its use is recorded', async () => {
    const { client, token, user } = await withToken(['read', 'write']);
    const me = await bearer(token, 'GET', '/api/auth/me');
    expect(me.status).toBe(200);
    expect(((await me.json()) as Json).user).toMatchObject({ id: user.id, tokenScopes: ['read', 'write'] });
    const created = await bearer(token, 'POST', '/api/workspaces', { name: 'Made by a script' });
    expect(created.status).toBe(201);
    const list = (await (await client.get('/api/tokens')).json()) as Json;
    expect(list.tokens[0].lastUsedAt).toBe(now.toISOString());
  });

  test('a read-only token cannot POST, PUT or DELETE', async () => {
    const { token } = await withToken(['read']);
    expect((await bearer(token, 'GET', '/api/workspaces')).status).toBe(200);
    const refused = await bearer(token, 'POST', '/api/workspaces', { name: 'Nope' });
    expect(refused.status).toBe(403);
    expect(((await refused.json()) as Json).error.code).toBe('token_scope');
    expect((await bearer(token, 'DELETE', '/api/stakeholders/x')).status).toBe(403);
  });

  test('no token may make tokens, touch sign-in, two-step or the account, or read the outbox', async () => {
    const { token } = await withToken(['read', 'write', 'workspace-admin']);
    const { workspaces } = (await (await bearer(token, 'GET', '/api/workspaces')).json()) as Json;
    const workspaceId = workspaces[0].id;
    const refusals = [
      ['GET', '/api/tokens'],
      ['POST', '/api/tokens', { name: 'Another', scopes: ['read'], expiresInDays: 7 }],
      ['POST', '/api/account/two-factor/enrollment'],
      ['POST', '/api/account/delete', { password: 'correct horse battery', confirm: 'DELETE' }],
      ['POST', '/api/auth/password-reset/request', { email: 'someone@example.com' }],
      ['POST', '/api/auth/verify-email/resend'],
      ['GET', `/api/workspaces/${workspaceId}/outbox`],
    ] as const;
    for (const [method, path, body] of refusals) {
      const response = await bearer(token, method, path, body);
      expect(response.status, `${method} ${path}`).toBe(403);
      expect(((await response.json()) as Json).error.code).toBe('session_only');
    }
  });

  test('admin routes need the workspace-admin scope as well as the admin role', async () => {
    const plain = await withToken(['read', 'write']);
    const { workspaces } = (await (await plain.client.get('/api/workspaces')).json()) as Json;
    const workspaceId = workspaces[0].id;
    const refused = await bearer(plain.token, 'GET', `/api/workspaces/${workspaceId}/retention`);
    expect(refused.status).toBe(403);
    expect(((await refused.json()) as Json).error.code).toBe('token_scope');
    const admin = await plain.client.post('/api/tokens', {
      name: 'Admin script',
      scopes: ['read', 'workspace-admin'],
      expiresInDays: 7,
    });
    const adminToken = ((await admin.json()) as Json).token as string;
    expect((await bearer(adminToken, 'GET', `/api/workspaces/${workspaceId}/retention`)).status).toBe(200);
  });

  test('revoked, expired, unknown and malformed tokens get 401, never the cookie session', async () => {
    const { client, token, apiToken } = await withToken(['read'], 7);
    expect((await client.delete(`/api/tokens/${apiToken.id}`)).status).toBe(204);
    expect((await bearer(token, 'GET', '/api/auth/me')).status).toBe(401);
    expect((await client.delete(`/api/tokens/${apiToken.id}`)).status).toBe(404);

    const second = await client.post('/api/tokens', { name: 'Short', scopes: ['read'], expiresInDays: 7 });
    const secondToken = ((await second.json()) as Json).token as string;
    expect((await bearer(secondToken, 'GET', '/api/auth/me')).status).toBe(200);
    now = new Date(now.getTime() + 7 * 86_400_000);
    expect((await bearer(secondToken, 'GET', '/api/auth/me')).status).toBe(401);

    expect((await bearer(`ffp_${'A'.repeat(43)}`, 'GET', '/api/auth/me')).status).toBe(401);
    // A signed-in browser sending a wrong header is not let in by its cookie.
    const malformed = await client.get('/api/auth/me', { authorization: 'Basic dXNlcjpwYXNz' });
    expect(malformed.status).toBe(401);
  });

  test("one owner cannot see or revoke another's tokens", async () => {
    const { apiToken, token } = await withToken(['read']);
    const other = await signedUpClient(testApp, 'Other');
    expect(((await (await other.client.get('/api/tokens')).json()) as Json).tokens).toEqual([]);
    expect((await other.client.delete(`/api/tokens/${apiToken.id}`)).status).toBe(404);
    expect((await bearer(token, 'GET', '/api/auth/me')).status).toBe(200);
  });

  test('inputs are validated and each error names its field', async () => {
    const { client } = await signedUpClient(testApp);
    const cases = [
      [{ name: '', scopes: ['read'], expiresInDays: 7 }, 'name'],
      [{ name: 'x', scopes: [], expiresInDays: 7 }, 'scopes'],
      [{ name: 'x', scopes: ['workspace-admin'], expiresInDays: 7 }, 'scopes'],
      [{ name: 'x', scopes: ['root'], expiresInDays: 7 }, 'scopes.0'],
      [{ name: 'x', scopes: ['read'], expiresInDays: 1000 }, 'expiresInDays'],
    ] as const;
    for (const [body, field] of cases) {
      const response = await client.post('/api/tokens', body);
      expect(response.status).toBe(400);
      expect(((await response.json()) as Json).error.field).toBe(field);
    }
  });

  test('requests through one token are rate-limited', async () => {
    const { token } = await withToken(['read']);
    let status = 200;
    for (let request = 0; request < 601 && status === 200; request++)
      status = (await bearer(token, 'GET', '/api/auth/me')).status;
    expect(status).toBe(429);
  });
});
