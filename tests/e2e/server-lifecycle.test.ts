import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { demoAccount } from '../../src/server/modules/demo/seed-demo';
import { repoRoot } from './support/repo-root';
import { startServer } from './support/server-process';

// What `npm start` does, as a real process: first start seeds the demo, a restart keeps the data.
describe('the server process', () => {
  const folder = mkdtempSync(join(tmpdir(), 'feedforward-lifecycle-'));
  const databaseUrl = `file:${join(folder, 'feedforward.db')}`;
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  async function signInAsDemo(baseUrl: string) {
    const response = await fetch(`${baseUrl.replace('localhost', '127.0.0.1')}/api/auth/sign-in`, {
      method: 'POST',
      headers: { origin: baseUrl, 'content-type': 'application/json' },
      body: JSON.stringify({ email: demoAccount.email, password: demoAccount.password }),
    });
    return response.status;
  }

  test('a first start seeds the demo and prints its sign-in; a restart keeps the data and seeds nothing', {
    timeout: 90_000,
  }, async () => {
    const env = { DATABASE_URL: databaseUrl, SEED_DEMO: 'true', LOG_LEVEL: 'warn' };
    const first = await startServer({ smtpPort: 1, env });
    expect(first.output()).toContain(`Demo sign-in: ${demoAccount.email}`);
    expect(await signInAsDemo(first.baseUrl)).toBe(200);
    await first.stop();

    const second = await startServer({ smtpPort: 1, env });
    expect(second.output()).toContain('Feedforward is running at');
    expect(second.output()).not.toContain('Demo sign-in');
    expect(await signInAsDemo(second.baseUrl)).toBe(200);
    await second.stop();
  });

  test('a bad setting stops start-up with the variable named', () => {
    const result = spawnSync(join(repoRoot, 'node_modules/.bin/tsx'), ['src/server/main.ts'], {
      cwd: repoRoot,
      env: { ...process.env, PORT: 'eighty', DATABASE_URL: databaseUrl },
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('PORT: must be a port number');
  });
});
