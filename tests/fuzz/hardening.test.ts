import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createApp } from '../../src/server/app';
import { composeDependencies } from '../../src/server/compose';
import { loadConfig } from '../../src/server/config';
import { createLogger } from '../../src/server/logger';
import { createPasswordHasher } from '../../src/server/security/passwords';
import { createClient, testBaseUrl } from '../support/test-app';
import { createTestDatabase, type TestDatabase } from '../support/test-database';

test("passwords are hashed with argon2id at or above OWASP's minimum (19 MiB, 2 passes, 1 lane)", async () => {
  const hash = await createPasswordHasher().hash('correct horse battery');
  const phc = hash.match(/^\$argon2id\$v=19\$m=(\d+),t=(\d+),p=(\d+)\$/);
  expect(phc, hash).not.toBeNull();
  const [memoryKiB, passes, lanes] = (phc as RegExpMatchArray).slice(1).map(Number);
  expect(memoryKiB).toBeGreaterThanOrEqual(19_456);
  expect(passes).toBeGreaterThanOrEqual(2);
  expect(lanes).toBeGreaterThanOrEqual(1);
});

describe('the debug log of sign-up, sign-in and a password reset', () => {
  const lines: string[] = [];
  const secrets = new Map<string, string>();
  let database: TestDatabase;
  let stop: () => Promise<void>;

  beforeAll(async () => {
    database = await createTestDatabase('sqlite');
    const config = loadConfig({ BASE_URL: testBaseUrl, LOG_LEVEL: 'debug', SEED_DEMO: 'false' });
    const log = createLogger('debug', (line) => lines.push(line));
    const { deps, jobRunner } = await composeDependencies({ config, database, log });
    stop = () => jobRunner.stop();
    const app = createApp(deps);
    const keep = (label: string, value: string | undefined) => {
      if (!value) throw new Error(`no ${label}`);
      secrets.set(label, value);
    };
    const email = 'careful.leader@example.com';
    const password = 'first secret passphrase';
    const newPassword = 'second secret passphrase';
    keep('password', password);
    keep('new password', newPassword);

    const browser = createClient(app);
    const signUp = await browser.post('/api/auth/sign-up', { name: 'Careful Leader', email, password });
    expect(signUp.status).toBe(201);
    keep('sign-up session token', browser.cookies.get('ff_session'));
    expect((await browser.get('/api/auth/me')).status).toBe(200);
    expect((await browser.post('/api/auth/sign-out')).status).toBe(204);

    const wrong = await browser.post('/api/auth/sign-in', { email, password: 'a wrong secret guess' });
    expect(wrong.status).toBe(400);
    keep('wrong password', 'a wrong secret guess');
    expect((await browser.post('/api/auth/sign-in', { email, password })).status).toBe(200);
    keep('sign-in session token', browser.cookies.get('ff_session'));

    expect((await createClient(app).post('/api/auth/password-reset/request', { email })).status).toBe(202);
    await jobRunner.tick();
    const [message] = await deps.repos.mail.listWithoutWorkspace(10);
    keep('reset token', message?.text_body.match(/#token=([\w-]+)/)?.[1]);
    const reset = await createClient(app).post('/api/auth/password-reset/complete', {
      token: secrets.get('reset token'),
      password: newPassword,
    });
    expect(reset.status).toBe(204);
    const again = createClient(app);
    expect((await again.post('/api/auth/sign-in', { email, password: newPassword })).status).toBe(200);
    keep('session token after reset', again.cookies.get('ff_session'));
    keep('session cookie', `ff_session=${again.cookies.get('ff_session')}`);
  });

  afterAll(async () => {
    await stop?.();
    await database?.dispose();
  });

  test('the log has a line for each request', () => {
    expect(lines.filter((line) => line.includes('"message":"request"')).length).toBeGreaterThanOrEqual(8);
  });

  test('no password, session token, reset token or cookie value appears in any log line', () => {
    for (const line of lines) {
      for (const [label, secret] of secrets) expect(line.includes(secret), `${label} in ${line}`).toBe(false);
    }
  });
});
