import { afterEach, expect, test } from 'vitest';
import type { DatabaseEngine } from '../../src/server/db/database';
import { createTestApp, signedUpClient, type TestApp } from '../support/test-app';
import { describeEachEngine } from '../support/test-database';
import type { Json } from './adversary-kit';

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
