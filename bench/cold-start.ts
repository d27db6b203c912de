/**
 * Issue 14's cold-start and idle-memory figures (decision 0040): starts the compiled server
 * (`npm run build` first) as `npm start` runs it, times from spawn to the first answered request,
 * then reads the process's resident memory after it has sat idle. Twice: over a new SQLite file
 * (migrations run) and again over the same file, as a restart.
 *
 *   npx tsx bench/cold-start.ts [idle seconds] [--from-source]
 *
 * `--from-source` starts `node --import tsx src/server/main.ts` instead, as the server ran before
 * it was compiled, for comparison.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';

const repoRoot = join(import.meta.dirname, '..');
const serverEntry = join(repoRoot, 'dist', 'server', 'main.js');
const idleSeconds = Number(process.argv[2] ?? 5);
const fromSource = process.argv.includes('--from-source');
const serverArguments = fromSource ? ['--import', 'tsx', 'src/server/main.ts'] : [serverEntry];

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** Resident memory of the whole process, its worker threads included (Linux). */
function residentMegabytes(pid: number): number {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8').match(/^VmRSS:\s+(\d+) kB/m);
  return Number(line?.[1] ?? 0) / 1024;
}

/**
 * CPU time the process has used, its threads included (Linux): on a busy machine the wall clock
 * says more about the other processes, so both are printed.
 */
function cpuMilliseconds(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
  // utime and stime, fields 14 and 15 of the line, in clock ticks (100 per second on Linux).
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

async function firstAnswer(url: string, child: ChildProcess): Promise<void> {
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // Not listening yet.
    }
    await sleep(5);
  }
}

async function startOnce(label: string, databaseUrl: string) {
  const port = await freePort();
  const started = performance.now();
  const child = spawn(process.execPath, serverArguments, {
    cwd: repoRoot,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      PORT: String(port),
      HOST: '127.0.0.1',
      BASE_URL: `http://localhost:${port}`,
      DATABASE_URL: databaseUrl,
      SEED_DEMO: 'false',
      LOG_LEVEL: 'warn',
    },
    stdio: 'ignore',
  });
  try {
    await firstAnswer(`http://127.0.0.1:${port}/healthz`, child);
    const ready = performance.now() - started;
    const cpu = cpuMilliseconds(child.pid as number);
    const page = performance.now();
    await (await fetch(`http://127.0.0.1:${port}/api/auth/me`)).text();
    const firstApi = performance.now() - page;
    await sleep(idleSeconds * 1000);
    const rss = residentMegabytes(child.pid as number);
    console.log(
      `${label}: first request answered ${ready.toFixed(0)} ms after spawn (${cpu} ms of CPU); ` +
        `first API call ${firstApi.toFixed(1)} ms; idle after ${idleSeconds} s: ${rss.toFixed(0)} MB resident`,
    );
  } finally {
    child.kill('SIGTERM');
    await new Promise((resolve) => child.once('exit', resolve));
  }
}

if (!fromSource && !existsSync(serverEntry)) {
  console.error('Build the server first: npm run build');
  process.exit(1);
}
const folder = mkdtempSync(join(tmpdir(), 'feedforward-cold-start-'));
try {
  const databaseUrl = `file:${join(folder, 'feedforward.db')}`;
  await startOnce('new database', databaseUrl);
  await startOnce('restart', databaseUrl);
} finally {
  rmSync(folder, { recursive: true, force: true });
}
