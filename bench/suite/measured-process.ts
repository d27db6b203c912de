import { type ChildProcess, spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findFreePort } from '../../tests/e2e/support/free-port';
import { repoRoot } from '../../tests/e2e/support/repo-root';
import { signalGroup, waitForHealth } from '../../tests/e2e/support/server-process';

export type MeasuredProcess = {
  baseUrl: string;
  /** Spawn to the first answered /healthz, in milliseconds. */
  coldStartMs: number;
  /** CPU the process group used from spawn to that answer, in milliseconds: the wait for a core left out. */
  coldStartCpuMs: number;
  /** Resident memory of every process in the group (a wrapper such as tsx included), in bytes. */
  rss: () => number;
  /** CPU seconds (user + system) the group has used so far. */
  cpuSeconds: () => number;
  output: () => string;
  /** SIGTERM, then SIGKILL after `graceMs` (a CPU profile being written needs longer). */
  stop: (graceMs?: number) => Promise<void>;
};

/** The process ids of a process group, read from /proc (Linux). */
function membersOf(groupId: number): number[] {
  const members: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(fields[2]) === groupId && fields[0] !== 'Z') members.push(Number(entry));
    } catch {
      // Ended while we looked.
    }
  }
  return members;
}

const ticksPerSecond = 100;

function cpuOf(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / ticksPerSecond;
  } catch {
    return 0;
  }
}

function rssOf(pid: number): number {
  try {
    const kB = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return Number(kB ?? 0) * 1024;
  } catch {
    return 0;
  }
}

/**
 * Starts `command` through `sh -c 'exec …'` (so the shell leaves nothing behind) in a process group
 * of its own, with node_modules/.bin on the PATH as `npm start` has it, and waits for /healthz.
 */
export async function startMeasured(command: string, env: Record<string, string>): Promise<MeasuredProcess> {
  const port = await findFreePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const started = performance.now();
  const child: ChildProcess = spawn('sh', ['-c', `exec ${command}`], {
    cwd: repoRoot,
    env: {
      ...process.env,
      PATH: `${join(repoRoot, 'node_modules', '.bin')}:${process.env.PATH}`,
      NODE_ENV: 'production',
      PORT: String(port),
      HOST: '127.0.0.1',
      BASE_URL: baseUrl,
      ...env,
    },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  const killOnExit = () => signalGroup(child, 'SIGKILL');
  process.once('exit', killOnExit);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const groupId = child.pid as number;
  const stop = async (graceMs = 5_000) => {
    process.removeListener('exit', killOnExit);
    signalGroup(child, 'SIGTERM');
    const timer = setTimeout(() => signalGroup(child, 'SIGKILL'), graceMs);
    await exited;
    clearTimeout(timer);
    signalGroup(child, 'SIGKILL');
  };
  try {
    await waitForHealth(`${baseUrl}/healthz`, child, 120_000);
  } catch (error) {
    await stop();
    throw new Error(`${(error as Error).message}\n${output}`);
  }
  const coldStartMs = performance.now() - started;
  const cpuSeconds = () => membersOf(groupId).reduce((sum, pid) => sum + cpuOf(pid), 0);
  return {
    baseUrl,
    coldStartMs,
    coldStartCpuMs: cpuSeconds() * 1000,
    rss: () => membersOf(groupId).reduce((sum, pid) => sum + rssOf(pid), 0),
    cpuSeconds,
    output: () => output,
    stop,
  };
}

/**
 * Waits for the jobs a start queues (the follow-up sweep, retention and housekeeping) to be done:
 * past the job runner's first tick (JOB_TICK_MS, 5 s by default), until the app has used under 30 ms of CPU in each of two seconds in a row, at most five minutes. A run that
 * overlapped them would measure them, not the path (on SQLite they share the one thread).
 */
export async function settled(target: MeasuredProcess) {
  const started = Date.now();
  const cpuBefore = target.cpuSeconds();
  const firstTickOver = started + 7_000;
  let quiet = 0;
  let last = cpuBefore;
  while ((quiet < 2 || Date.now() < firstTickOver) && Date.now() - started < 300_000) {
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    const now = target.cpuSeconds();
    quiet = now - last < 0.03 ? quiet + 1 : 0;
    last = now;
  }
  return { seconds: (Date.now() - started) / 1000, cpuSeconds: last - cpuBefore };
}
