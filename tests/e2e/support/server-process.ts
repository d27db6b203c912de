import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findFreePort } from './free-port';
import { repoRoot } from './repo-root';

export type RunningServer = {
  port: number;
  /** What the app calls itself (BASE_URL), and the address the browser uses. */
  baseUrl: string;
  databaseUrl: string;
  /** Everything the server printed, for a failing test to show. */
  output: () => string;
  stop: () => Promise<void>;
};

export type ServerOptions = {
  /** Where the app delivers mail (the test's SMTP receiver). */
  smtpPort: number;
  /** More environment, or overrides, e.g. { SEED_DEMO: 'true' }. */
  env?: Record<string, string>;
  startupTimeoutMs?: number;
};

/**
 * Starts the real server as its own process (`tsx src/server/main.ts`) on a free port over a fresh
 * SQLite file, and resolves once /healthz answers.
 */
export async function startServer({ smtpPort, env = {}, startupTimeoutMs = 30_000 }: ServerOptions) {
  const port = await findFreePort();
  const folder = mkdtempSync(join(tmpdir(), 'feedforward-e2e-'));
  const baseUrl = `http://localhost:${port}`;
  const databaseUrl = `file:${join(folder, 'e2e.db')}`;
  const child = spawn(join(repoRoot, 'node_modules/.bin/tsx'), ['src/server/main.ts'], {
    cwd: repoRoot,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      BASE_URL: baseUrl,
      DATABASE_URL: databaseUrl,
      SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
      JOB_TICK_MS: '200',
      SEED_DEMO: 'false',
      LOG_LEVEL: 'warn',
      ...env,
    },
    // Its own process group, so stopping it also stops the node process tsx starts underneath.
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  // Should the test process die first, the server must not live on.
  const killOnExit = () => signalGroup(child, 'SIGKILL');
  process.once('exit', killOnExit);

  const stop = async () => {
    process.removeListener('exit', killOnExit);
    await stopGroup(child);
    rmSync(folder, { recursive: true, force: true });
  };

  try {
    await waitForHealth(`http://127.0.0.1:${port}/healthz`, child, startupTimeoutMs);
  } catch (error) {
    await stop();
    throw new Error(`${(error as Error).message}\nServer output:\n${output}`);
  }
  return { port, baseUrl, databaseUrl, output: () => output, stop } satisfies RunningServer;
}

async function waitForHealth(url: string, child: ChildProcess, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`The server exited during start-up (code ${child.exitCode}).`);
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`The server did not answer ${url} within ${timeoutMs} ms.`);
}

function signalGroup(child: ChildProcess, signal: NodeJS.Signals) {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // The whole group is gone already.
  }
}

/** Asks politely (SIGTERM lets the server drain), then insists after five seconds. */
async function stopGroup(child: ChildProcess) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  signalGroup(child, 'SIGTERM');
  const timer = setTimeout(() => signalGroup(child, 'SIGKILL'), 5_000);
  await exited;
  clearTimeout(timer);
  // tsx has exited; its node child must not outlive it holding the database file.
  signalGroup(child, 'SIGKILL');
}
