// Runs before `npm start` and `npm test` with nothing but Node: installs dependencies when the
// lockfile changed (or on a fresh clone), and rebuilds the web client and the compiled server when
// their sources changed.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

function run(command, args) {
  execFileSync(command, args, { cwd: root, stdio: 'inherit' });
}

function ensureDependencies() {
  const lockHash = createHash('sha256')
    .update(readFileSync(join(root, 'package-lock.json')))
    .digest('hex');
  const stamp = join(root, 'node_modules', '.feedforward-installed');
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === lockHash) return;
  console.log('Installing dependencies (npm ci)…');
  run(npm, ['ci', '--no-audit', '--no-fund']);
  writeFileSync(stamp, lockHash);
}

function newestModification(path) {
  const stats = statSync(path);
  if (!stats.isDirectory()) return stats.mtimeMs;
  return Math.max(stats.mtimeMs, ...readdirSync(path).map((entry) => newestModification(join(path, entry))));
}

function ensureWebBuild() {
  const built = join(root, 'dist', 'web', 'index.html');
  const sources = ['src/web', 'src/shared', 'vite.config.ts', 'package-lock.json']
    .map((path) => join(root, path))
    .filter((path) => existsSync(path));
  if (existsSync(built) && statSync(built).mtimeMs >= Math.max(...sources.map(newestModification))) return;
  console.log('Building the web client…');
  run(join(root, 'node_modules', '.bin', 'vite'), ['build', '--logLevel', 'warn']);
}

async function ensureServerBuild() {
  // Imported only now: esbuild is one of the dependencies installed just above.
  const { buildServer, serverBuildIsCurrent } = await import('./build-server.mjs');
  if (serverBuildIsCurrent()) return;
  console.log('Building the server…');
  await buildServer();
}

ensureDependencies();
ensureWebBuild();
await ensureServerBuild();
