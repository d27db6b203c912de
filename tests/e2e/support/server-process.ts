import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serverEntry } from '../../../scripts/build-server.mjs';
import { findFreePort } from './free-port';
import { repoRoot } from './repo-root';
import { ensureServerBuilt } from './web-client-build';

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
 * Starts the real server as its own process (`node dist/server/main.js`, compiled first when its
 * sources changed) on a free port over a fresh SQLite file (or the DATABASE_URL in `env`), and
 * resolves once /healthz answers.
 */
export async function startServer({ smtpPort, env = {}, startupTimeoutMs = 60_000 }: ServerOptions) {
  await ensureServerBuilt();
  const port = await findFreePort();
  const folder = mkdtempSync(join(tmpdir(), 'feedforward-e2e-'));
  const baseUrl = `http://localhost:${port}`;
  const databaseUrl = `file:${join(folder, 'e2e.db')}`;
  const { child, output, dropExitGuard } = spawnServer({
    PORT: String(port),
    BASE_URL: baseUrl,
    DATABASE_URL: databaseUrl,
    SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
    JOB_TICK_MS: '200',
    // The pages are checked with the analysis's answers, on a machine busy with other tests.
    TEXT_ANALYSIS_BUDGET_MS: '60000',
    ...env,
  });

  const stop = async () => {
    dropExitGuard();
    await stopGroup(child);
    rmSync(folder, { recursive: true, force: true });
  };

  try {
    await waitForHealth(`http://127.0.0.1:${port}/healthz`, child, startupTimeoutMs);
  } catch (error) {
    await stop();
    throw new Error(`${(error as Error).message}\nServer output:\n${output()}`);
  }
  return { port, baseUrl, databaseUrl, output, stop } satisfies RunningServer;
}

/**
 * Spawns the real server as `npm start` runs it (`node dist/server/main.js`; build it first with
 * ensureServerBuilt) with this environment over ours, in its own process group so one signal reaches
 * it and anything it starts. Its output is
 * kept for a failure to show; should this process exit first, the group is SIGKILLed with it, until
 * `dropExitGuard()` is called on a deliberate stop.
 */
export function spawnServer(env: Record<string, string>) {
  const child = spawn(process.execPath, [serverEntry], {
    cwd: repoRoot,
    env: { ...process.env, HOST: '127.0.0.1', SEED_DEMO: 'false', LOG_LEVEL: 'warn', ...env },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  const killOnExit = () => signalGroup(child, 'SIGKILL');
  process.once('exit', killOnExit);
  return { child, output: () => output, dropExitGuard: () => process.removeListener('exit', killOnExit) };
}

/** Resolves once `url` answers 2xx; fails early should the server exit during start-up. */
export async function waitForHealth(url: string, child: ChildProcess, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`The server exited during start-up (code ${child.exitCode}).`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`The server did not answer ${url} within ${timeoutMs} ms.`);
}

/** Sends `signal` to the child's whole process group; false when the group is gone already. */
export function signalGroup(child: ChildProcess, signal: NodeJS.Signals | 0): boolean {
  if (child.pid === undefined) return false;
  try {
    process.kill(-child.pid, signal);
    return true;
  } catch {
    return false;
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
  // The server has exited; nothing it started may outlive it holding the database file.
  signalGroup(child, 'SIGKILL');
}
