import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { serverEntry } from '../../scripts/build-server.mjs';
import { imageCommand } from '../deploy/dockerfile';
import { demoSignInFrom } from './support/demo-sign-in';
import { findFreePort } from './support/free-port';
import { repoRoot } from './support/repo-root';
import { startServer, waitForHealth } from './support/server-process';
import { ensureServerBuilt } from './support/web-client-build';

// What `npm start` does, as a real process: first start seeds the demo, a restart keeps the data.
describe('the server process', () => {
  const folder = mkdtempSync(join(tmpdir(), 'feedforward-lifecycle-'));
  const databaseUrl = `file:${join(folder, 'feedforward.db')}`;
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  async function signIn(baseUrl: string, credentials: { email: string; password: string }) {
    const response = await fetch(`${baseUrl.replace('localhost', '127.0.0.1')}/api/auth/sign-in`, {
      method: 'POST',
      headers: { origin: baseUrl, 'content-type': 'application/json' },
      body: JSON.stringify(credentials),
    });
    return response.status;
  }

  test('a first start seeds the demo and prints its sign-in; a restart keeps the data and seeds nothing', {
    timeout: 90_000,
  }, async () => {
    // SEED_DEMO as `npm start` has it: unset, on the default loopback BASE_URL.
    const env = { DATABASE_URL: databaseUrl, SEED_DEMO: '', LOG_LEVEL: 'warn' };
    const first = await startServer({ smtpPort: 1, env });
    const demo = demoSignInFrom(first.output());
    expect(await signIn(first.baseUrl, demo)).toBe(200);
    await first.stop();

    const second = await startServer({ smtpPort: 1, env });
    expect(second.output()).toContain('Feedforward is running at');
    expect(second.output()).not.toContain('Demo sign-in');
    expect(await signIn(second.baseUrl, demo)).toBe(200);
    await second.stop();
  });

  test('the old public demo password does not work on a fresh install', { timeout: 60_000 }, async () => {
    const fresh = await startServer({ smtpPort: 1, env: { SEED_DEMO: '' } });
    try {
      expect(demoSignInFrom(fresh.output()).password).not.toBe('show-me-feedforward');
      const old = { email: 'demo@feedforward.local', password: 'show-me-feedforward' };
      expect(await signIn(fresh.baseUrl, old)).toBe(400);
    } finally {
      await fresh.stop();
    }
  });

  test('a server on an https BASE_URL starts with no demo account', { timeout: 60_000 }, async () => {
    const baseUrl = 'https://feedforward.example.com';
    const server = await startServer({ smtpPort: 1, env: { BASE_URL: baseUrl, SEED_DEMO: '' } });
    try {
      expect(server.output()).not.toContain('Demo sign-in');
      const old = { email: 'demo@feedforward.local', password: 'show-me-feedforward' };
      const response = await fetch(`http://127.0.0.1:${server.port}/api/auth/sign-in`, {
        method: 'POST',
        headers: { origin: baseUrl, 'content-type': 'application/json' },
        body: JSON.stringify(old),
      });
      expect(response.status).toBe(400);
    } finally {
      await server.stop();
    }
  });

  // A container engine sends SIGTERM to the image's command alone, as PID 1, and kills it after a grace
  // period: the command must be node itself (no npm or tsx CLI in between) and must drain and exit 0.
  test('the container image’s command exits cleanly on a SIGTERM sent to it alone', {
    timeout: 60_000,
  }, async () => {
    const port = await findFreePort();
    const [command, ...args] = imageCommand();
    expect(command).toBe('node');
    // The image's build stage compiles the server (`npm run build`); here the test does it, when its
    // sources changed (a build every time would rewrite the file other workers' servers are reading).
    await ensureServerBuilt();
    const server = spawn(process.execPath, args, {
      cwd: repoRoot,
      env: {
        ...process.env,
        PORT: String(port),
        HOST: '127.0.0.1',
        BASE_URL: `http://localhost:${port}`,
        DATABASE_URL: databaseUrl,
        SEED_DEMO: 'false',
        LOG_LEVEL: 'info',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    server.stdout.on('data', (chunk) => (output += chunk));
    server.stderr.on('data', (chunk) => (output += chunk));
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
      server.once('exit', (code, signal) => resolve({ code, signal })),
    );
    try {
      await waitForHealth(`http://127.0.0.1:${port}/healthz`, server, 30_000);
      server.kill('SIGTERM');
      expect(await exited, output).toEqual({ code: 0, signal: null });
      expect(output).toContain('"signal":"SIGTERM"');
    } finally {
      server.kill('SIGKILL');
    }
  });

  test('a bad setting stops start-up with the variable named', async () => {
    await ensureServerBuilt();
    const result = spawnSync(process.execPath, [serverEntry], {
      cwd: repoRoot,
      env: { ...process.env, PORT: 'eighty', DATABASE_URL: databaseUrl },
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('PORT: must be a port number');
  });
});
