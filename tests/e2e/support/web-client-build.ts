import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { buildServer, serverBuildIsCurrent } from '../../../scripts/build-server.mjs';
import { repoRoot } from './repo-root';

const indexHtml = join(repoRoot, 'dist/web/index.html');
// Built last by the same build: the answer page's entry and the precompressed copies.
const builtToo = ['dist/web/answer.html', 'dist/web/index.html.br'].map((path) => join(repoRoot, path));
const webLockDir = join(repoRoot, 'dist/.web-build.lock');
const serverLockDir = join(repoRoot, 'dist/.server-build.lock');
// The client bundles src/web and src/shared only (a static check keeps server files out of it).
const sources = ['src/web', 'src/shared', 'vite.config.ts'].map((dir) => join(repoRoot, dir));

function newestModification(path: string): number {
  const stats = statSync(path);
  if (!stats.isDirectory()) return stats.mtimeMs;
  return Math.max(stats.mtimeMs, ...readdirSync(path).map((entry) => newestModification(join(path, entry))));
}

/** Missing, or older than the client's sources: testing an old build would test old code. */
function needsBuild(): boolean {
  if (!existsSync(indexHtml) || !builtToo.every((path) => existsSync(path))) return true;
  return Math.max(...sources.map(newestModification)) > statSync(indexHtml).mtimeMs;
}

function runViteBuild(): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(join(repoRoot, 'node_modules/.bin/vite'), ['build', '--logLevel', 'warn'], {
      cwd: repoRoot,
      // Vitest sets NODE_ENV=test, which Vite passes on to React: the tests would run (and weigh) its
      // development build instead of the one people get.
      env: { ...process.env, NODE_ENV: 'production' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`vite build failed (exit ${code}):\n${output}`)),
    );
  });
}

const staleLockMs = 120_000;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Builds the web client with Vite when needed. Test files run in parallel workers, so a lock directory
 * (mkdir is atomic) lets one build while the others wait for it.
 */
export function ensureWebClientBuilt(): Promise<void> {
  return buildWhenNeeded(webLockDir, needsBuild, runViteBuild);
}

/**
 * Compiles the server to dist/server (scripts/build-server.mjs) when its sources are newer: the
 * tests start the server the way `npm start` and the container do, with plain Node, which starts in
 * a quarter of the time `tsx src/server/main.ts` took (decision 0053).
 */
export function ensureServerBuilt(): Promise<void> {
  return buildWhenNeeded(serverLockDir, () => !serverBuildIsCurrent(), buildServer);
}

async function buildWhenNeeded(lockDir: string, needed: () => boolean, build: () => Promise<void>) {
  const deadline = Date.now() + staleLockMs + 30_000;
  while (needed()) {
    mkdirSync(join(repoRoot, 'dist'), { recursive: true });
    try {
      mkdirSync(lockDir);
    } catch {
      // Another worker is building. A lock this old belongs to a build whose process died.
      const lockedAt = statSync(lockDir, { throwIfNoEntry: false })?.mtimeMs ?? Date.now();
      if (Date.now() - lockedAt > staleLockMs) rmSync(lockDir, { force: true, recursive: true });
      if (Date.now() > deadline)
        throw new Error(`Timed out waiting for another worker's build (${lockDir}).`);
      await sleep(250);
      continue;
    }
    try {
      if (needed()) await build();
    } finally {
      rmSync(lockDir, { force: true, recursive: true });
    }
  }
}
