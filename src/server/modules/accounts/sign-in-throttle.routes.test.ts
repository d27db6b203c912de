import { afterEach, beforeEach, expect, test } from 'vitest';
import { createTestApp, signedUpClient, type TestApp } from '../../../../tests/support/test-app';
import { describeEachEngine } from '../../../../tests/support/test-database';

/** One reverse proxy in front, so each request names the client's network in X-Forwarded-For. */
const from = (address: string) => ({ 'x-forwarded-for': address });
const networkA = '203.0.113.7';
const networkB = '198.51.100.9';

describeEachEngine('failed sign-ins throttle the failing network, never the owner', (engine) => {
  let testApp: TestApp;
  beforeEach(async () => {
    testApp = await createTestApp(engine, { env: { TRUST_PROXY: '1' } });
  });
  afterEach(async () => {
    await testApp.dispose();
  });

  test('after many failures from network A, the owner from network B signs in and network A gets 429', async () => {
    const { email, password } = await signedUpClient(testApp);
    const attacker = testApp.client();
    const guesses: number[] = [];
    for (let guess = 0; guess < 30; guess++) {
      const response = await attacker.post(
        '/api/auth/sign-in',
        { email, password: `guess number ${guess}` },
        from(networkA),
      );
      guesses.push(response.status);
    }
    // Ten wrong guesses per account from one network, then that network is refused for the account.
    expect(guesses.slice(0, 10)).toEqual(Array(10).fill(400));
    expect(guesses.slice(10).every((status) => status === 429)).toBe(true);
    const refused = await attacker.post('/api/auth/sign-in', { email, password }, from(networkA));
    expect(refused.status).toBe(429);

    const owner = testApp.client();
    const signedIn = await owner.post('/api/auth/sign-in', { email, password }, from(networkB));
    expect(signedIn.status).toBe(200);
    expect((await owner.get('/api/auth/me')).status).toBe(200);
  });

  test('repeated failures for an account wait longer and longer, wherever they come from; a success does not wait', async () => {
    const { email, password } = await signedUpClient(testApp);
    for (let guess = 0; guess < 8; guess++) {
      const network = `192.0.2.${guess}`;
      const response = await testApp
        .client()
        .post('/api/auth/sign-in', { email, password: `guess number ${guess}` }, from(network));
      expect(response.status).toBe(400);
    }
    expect(testApp.pauses).toEqual([0, 0, 0, 0, 0, 250, 500, 1000]);
    const owner = await testApp.client().post('/api/auth/sign-in', { email, password }, from(networkB));
    expect(owner.status).toBe(200);
    expect(testApp.pauses).toHaveLength(8);
  });

  test('a network that tries many accounts is refused after 50 attempts, whichever accounts', async () => {
    const { email, password } = await signedUpClient(testApp);
    for (let guess = 0; guess < 50; guess++) {
      await testApp
        .client()
        .post(
          '/api/auth/sign-in',
          { email: `other${guess}@example.com`, password: 'nope nope' },
          from(networkA),
        );
    }
    expect(
      (await testApp.client().post('/api/auth/sign-in', { email, password }, from(networkA))).status,
    ).toBe(429);
    expect(
      (await testApp.client().post('/api/auth/sign-in', { email, password }, from(networkB))).status,
    ).toBe(200);
  });
});
