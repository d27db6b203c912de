import type { ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { findFreePort } from '../../tests/e2e/support/free-port';
import { signalGroup, spawnServer, waitForHealth } from '../../tests/e2e/support/server-process';

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
  const { child, output, dropExitGuard } = spawnServer({
    PORT: String(port),
    BASE_URL: baseUrl,
    DATABASE_URL: databaseUrl,
    SMTP_URL: '',
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));

  const kill = async () => {
    dropExitGuard();
    signalGroup(child, 'SIGKILL');
    await exited;
    await groupGone(child);
  };
  try {
    await waitForHealth(`${baseUrl}/healthz`, child, startupTimeoutMs);
  } catch (error) {
    await kill();
    throw new Error(`${(error as Error).message}\nServer output:\n${output()}`);
  }
  return { baseUrl, output, kill };
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
