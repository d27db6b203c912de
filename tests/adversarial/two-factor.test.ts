import { afterEach, beforeEach, expect, test } from 'vitest';
import { codeAt } from '../support/authenticator';
import { createTestApp, signedUpClient, type TestApp, type TestClient } from '../support/test-app';
import { describeEachEngine } from '../support/test-database';

// biome-ignore lint/suspicious/noExplicitAny: response bodies are read loosely in these tests.
type Json = Record<string, any>;

const from = (address: string) => ({ 'x-forwarded-for': address });

describeEachEngine('attacks on two-step sign-in', (engine) => {
  let now: Date;
  let testApp: TestApp;
  beforeEach(async () => {
    now = new Date('2026-12-06T10:00:00Z');
    testApp = await createTestApp(engine, { now: () => now, env: { TRUST_PROXY: '1' } });
  });
  afterEach(async () => {
    await testApp.dispose();
  });

  async function enrolled() {
    const account = await signedUpClient(testApp);
    const { secret } = (await (
      await account.client.post('/api/account/two-factor/enrollment')
    ).json()) as Json;
    const confirmed = await account.client.post('/api/account/two-factor/enrollment/confirm', {
      code: codeAt(secret, now),
    });
    expect(confirmed.status).toBe(200);
    now = new Date(now.getTime() + 30_000);
    return { ...account, secret: secret as string };
  }

  async function pending(client: TestClient, email: string, password: string, network = '203.0.113.7') {
    const response = await client.post('/api/auth/sign-in', { email, password }, from(network));
    return ((await response.json()) as Json).secondStep.token as string;
  }

  const secondStep = (client: TestClient, token: string, code: string, network = '203.0.113.7') =>
    client.post('/api/auth/sign-in/second-step', { token, code }, from(network));

  test('a code seen once (over a shoulder, in a log) is refused when replayed within its window', async () => {
    const { email, password, secret } = await enrolled();
    const code = codeAt(secret, now);
    const owner = testApp.client();
    expect((await secondStep(owner, await pending(owner, email, password), code)).status).toBe(200);
    const attacker = testApp.client();
    const replay = await secondStep(
      attacker,
      await pending(attacker, email, password, '198.51.100.9'),
      code,
      '198.51.100.9',
    );
    expect(replay.status).toBe(400);
    expect((await attacker.get('/api/auth/me')).status).toBe(401);
    // The code of the step before is refused too: a step older than the last one used never counts.
    const older = codeAt(secret, new Date(now.getTime() - 30_000));
    const third = testApp.client();
    expect((await secondStep(third, await pending(third, email, password), older)).status).toBe(400);
  });

  test('one code sent twice at the same moment starts one session', async () => {
    const { email, password, secret } = await enrolled();
    const code = codeAt(secret, now);
    const first = testApp.client();
    const second = testApp.client();
    const tokens = [await pending(first, email, password), await pending(second, email, password)];
    const statuses = await Promise.all([
      secondStep(first, tokens[0] as string, code).then((response) => response.status),
      secondStep(second, tokens[1] as string, code).then((response) => response.status),
    ]);
    expect(statuses.sort()).toEqual([200, 400]);
  });

  test('guessing codes: five per password entered, then the sign-in is dead, and the network is stopped', async () => {
    const { email, password, secret } = await enrolled();
    const attacker = testApp.client();
    const token = await pending(attacker, email, password);
    const guesses: number[] = [];
    for (let guess = 0; guess < 6; guess++) {
      guesses.push((await secondStep(attacker, token, String(100000 + guess))).status);
    }
    expect(guesses).toEqual([400, 400, 400, 400, 400, 410]);
    // Even the right code no longer completes that sign-in.
    expect((await secondStep(attacker, token, codeAt(secret, now))).status).toBe(410);
    expect((await attacker.get('/api/auth/me')).status).toBe(401);

    // Across fresh pending sign-ins, the network runs out of code attempts at 50 in 15 minutes.
    const statuses: number[] = [];
    for (let round = 0; round < 9; round++) {
      const fresh = await pending(attacker, email, password, `192.0.2.${round}`);
      for (let guess = 0; guess < 5; guess++)
        statuses.push((await secondStep(attacker, fresh, '000000')).status);
    }
    expect(statuses.slice(0, 43)).toEqual(Array(43).fill(400));
    expect(statuses.slice(43)).toEqual(Array(2).fill(429));
  });

  test('skipping the second step: the password alone gives no session, and the pending token is no cookie', async () => {
    const { email, password } = await enrolled();
    const attacker = testApp.client();
    const token = await pending(attacker, email, password);
    expect(attacker.cookies.size).toBe(0);
    for (const path of ['/api/auth/me', '/api/workspaces', '/api/account/two-factor']) {
      expect((await attacker.get(path)).status).toBe(401);
      const forged = await testApp.app.request(path, { headers: { cookie: `ff_session=${token}` } });
      expect(forged.status).toBe(401);
    }
    expect((await attacker.get('/api/auth/session')).status).toBe(200);
    expect(((await (await attacker.get('/api/auth/session')).json()) as Json).user).toBeNull();
    // A made-up token, or none, is no way round either.
    expect((await secondStep(attacker, 'x'.repeat(43), '123456')).status).toBe(410);
    expect((await attacker.post('/api/auth/sign-in/second-step', { code: '123456' })).status).toBe(400);
  });

  test('a reset password does not skip the code: the new password still needs it', async () => {
    const { email, secret } = await enrolled();
    await testApp.client().post('/api/auth/password-reset/request', { email }, from('203.0.113.7'));
    await testApp.jobRunner.tick();
    const [message] = await testApp.deps.repos.mail.listWithoutWorkspace(5);
    const resetToken = message?.text_body.match(/#token=([\w-]+)/)?.[1];
    const reset = await testApp
      .client()
      .post('/api/auth/password-reset/complete', { token: resetToken, password: 'a brand new secret' });
    expect(reset.status).toBe(204);
    const client = testApp.client();
    const token = await pending(client, email, 'a brand new secret');
    expect((await client.get('/api/auth/me')).status).toBe(401);
    expect((await secondStep(client, token, codeAt(secret, now))).status).toBe(200);
  });
});

describeEachEngine('an operator requires two-step sign-in of admins', (engine) => {
  let testApp: TestApp;
  beforeEach(async () => {
    testApp = await createTestApp(engine, { env: { REQUIRE_2FA_FOR_ADMINS: 'true' } });
  });
  afterEach(async () => {
    await testApp.dispose();
  });

  test('an organization admin without it is sent to enroll and refused admin actions until enrolled', async () => {
    const admin = await signedUpClient(testApp, 'Ada Admin');
    const { workspaces } = (await (await admin.client.get('/api/workspaces')).json()) as Json;
    const personalId = workspaces[0].id;
    // Everyone is the admin of their own personal workspace: that is not what the operator means.
    expect(((await (await admin.client.get('/api/auth/session')).json()) as Json).mustEnrollTwoFactor).toBe(
      false,
    );
    expect((await admin.client.get(`/api/workspaces/${personalId}/outbox`)).status).toBe(200);

    const created = await admin.client.post('/api/workspaces', { name: 'Acme' });
    const orgId = ((await created.json()) as Json).id;
    expect(((await (await admin.client.get('/api/auth/session')).json()) as Json).mustEnrollTwoFactor).toBe(
      true,
    );
    expect(await (await admin.client.get('/api/account/two-factor')).json()).toMatchObject({
      required: true,
    });
    const refused = await admin.client.get(`/api/workspaces/${orgId}/outbox`);
    expect(refused.status).toBe(403);
    expect(((await refused.json()) as Json).error).toMatchObject({
      code: 'two_factor_required',
      message: expect.stringMatching(/two-step sign-in/),
    });
    const invite = await admin.client.post(`/api/workspaces/${orgId}/invitations`, {
      email: 'new@example.com',
      role: 'leader',
    });
    expect(invite.status).toBe(403);

    const { secret } = (await (await admin.client.post('/api/account/two-factor/enrollment')).json()) as Json;
    await admin.client.post('/api/account/two-factor/enrollment/confirm', {
      code: codeAt(secret, new Date()),
    });
    expect(((await (await admin.client.get('/api/auth/session')).json()) as Json).mustEnrollTwoFactor).toBe(
      false,
    );
    expect((await admin.client.get(`/api/workspaces/${orgId}/outbox`)).status).toBe(200);
  });
});
