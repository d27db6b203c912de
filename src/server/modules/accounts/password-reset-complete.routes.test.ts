import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { createTestApp, signedUpClient, type TestApp } from '../../../../tests/support/test-app';
import { describeEachEngine } from '../../../../tests/support/test-database';

/** Issue 11: completing a reset is the one unauthenticated route that hashes a password. */

const resetLinksIn = async (testApp: TestApp) =>
  (await testApp.deps.repos.mail.listWithoutWorkspace(10)).map(
    (message) => message.text_body.match(/#token=([\w-]+)/)?.[1] as string,
  );

describeEachEngine('completing a password reset', (engine) => {
  let testApp: TestApp;
  beforeEach(async () => {
    testApp = await createTestApp(engine);
  });
  afterEach(async () => {
    await testApp.dispose();
  });

  const complete = (token: string, password = 'a brand new secret') =>
    testApp.client().post('/api/auth/password-reset/complete', { token, password });

  test('a link that does not exist is refused without hashing the password', async () => {
    const hash = vi.spyOn(testApp.deps.passwords, 'hash');
    const response = await complete('made-up-token-made-up-token-made-up-token');
    expect(response.status).toBe(410);
    expect(hash).not.toHaveBeenCalled();
  });

  test('50 attempts per network in 15 minutes, whichever links they name', async () => {
    for (let attempt = 0; attempt < 50; attempt++) {
      expect((await complete(`bogus-${attempt}-${'x'.repeat(40)}`)).status).toBe(410);
    }
    const refused = await complete(`bogus-last-${'x'.repeat(40)}`);
    expect(refused.status).toBe(429);
  });

  test('completing one reset ends every other reset link of the account', async () => {
    const { email } = await signedUpClient(testApp);
    for (let ask = 0; ask < 2; ask++) {
      await testApp.client().post('/api/auth/password-reset/request', { email });
    }
    await testApp.jobRunner.tick();
    const [first, second] = await resetLinksIn(testApp);
    expect((await complete(first as string)).status).toBe(204);
    expect((await complete(second as string, 'yet another secret!')).status).toBe(410);
  });
});
