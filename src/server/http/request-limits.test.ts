import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestApp, type TestApp, testBaseUrl } from '../../../tests/support/test-app';

/** Issue 11: a body no form could send is refused before it is read into memory or walked. */
describe('request limits', () => {
  let testApp: TestApp;
  beforeAll(async () => {
    testApp = await createTestApp('sqlite');
  });
  afterAll(async () => {
    await testApp.dispose();
  });

  const signIn = (body: string) =>
    testApp.app.request('/api/auth/sign-in', {
      method: 'POST',
      headers: { origin: testBaseUrl, 'content-type': 'application/json' },
      body,
    });

  test('a body over 100 kB is refused with 413 before it is parsed', async () => {
    const response = await signIn(JSON.stringify({ email: 'a@example.com', password: 'x'.repeat(200_000) }));
    expect(response.status).toBe(413);
    expect(response.headers.get('connection')).toBe('close');
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe('body_too_large');
  });

  test('JSON nested deeper than 32 levels is refused with 400, not a crash', async () => {
    const depth = 40_000;
    const response = await signIn(`${'['.repeat(depth)}${']'.repeat(depth)}`);
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe('too_deep');
  });
});
