import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findFreePort } from '../../tests/e2e/support/free-port';
import { repoRoot } from '../../tests/e2e/support/repo-root';

export type AppProcess = {
  baseUrl: string;
  /** Everything the server printed, for a failing run to show. */
  output: () => string;
  /** SIGKILL to the whole process group: no drain, no shutdown hook, as a power cut would do. */
  kill: () => Promise<void>;
};

/** Starts the real server (`tsx src/server/main.ts`) over the given database and waits for /healthz. */
export async function startApp(databaseUrl: string, startupTimeoutMs = 30_000): Promise<AppProcess> {
  const port = await findFreePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const child = spawn(join(repoRoot, 'node_modules/.bin/tsx'), ['src/server/main.ts'], {
    cwd: repoRoot,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      BASE_URL: baseUrl,
      DATABASE_URL: databaseUrl,
      SMTP_URL: '',
      SEED_DEMO: 'false',
      LOG_LEVEL: 'warn',
    },
    // Its own process group, so one signal reaches tsx and the node process it starts underneath.
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  // Should the bench itself die first, the server must not live on holding the database.
  const killOnExit = () => signalGroup(child, 'SIGKILL');
  process.once('exit', killOnExit);

  const kill = async () => {
    process.removeListener('exit', killOnExit);
    signalGroup(child, 'SIGKILL');
    await exited;
    await groupGone(child);
  };
  try {
    await waitForHealth(`${baseUrl}/healthz`, child, startupTimeoutMs);
  } catch (error) {
    await kill();
    throw new Error(`${(error as Error).message}\nServer output:\n${output}`);
  }
  return { baseUrl, output: () => output, kill };
}

async function waitForHealth(url: string, child: ChildProcess, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`The server exited during start-up (code ${child.exitCode}).`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // Not listening yet.
    }
    await sleep(50);
  }
  throw new Error(`The server did not answer ${url} within ${timeoutMs} ms.`);
}

function signalGroup(child: ChildProcess, signal: NodeJS.Signals | 0): boolean {
  if (child.pid === undefined) return false;
  try {
    process.kill(-child.pid, signal);
    return true;
  } catch {
    return false;
  }
}

/**
 * tsx has exited; wait until the node process under it is gone too, so two servers never share the
 * database. A zombie no longer runs, and in a container nobody may reap it soon, so it counts as gone.
 */
async function groupGone(child: ChildProcess) {
  if (child.pid === undefined) return;
  const deadline = Date.now() + 5_000;
  while (runningMembers(child.pid) > 0 && Date.now() < deadline) {
    signalGroup(child, 'SIGKILL');
    await sleep(10);
  }
}

function runningMembers(groupId: number): number {
  if (!existsSync('/proc')) return 0;
  let running = 0;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // After "pid (comm) " come state, ppid and the process group.
      const [state, , group] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(group) === groupId && state !== 'Z' && state !== 'X') running++;
    } catch {
      // The process ended while we looked.
    }
  }
  return running;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
