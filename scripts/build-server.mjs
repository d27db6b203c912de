// Compiles the server to dist/server once, so `npm start` and the container run it with plain Node
// (decision 0040): no TypeScript loader at run time, one file to read at start. Rebuilt when the server's
// sources are newer than the build (scripts/ensure-ready.mjs) and by `npm run build`.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';

const root = new URL('..', import.meta.url).pathname;
export const serverEntry = join(root, 'dist', 'server', 'main.js');

// Loading hundreds of small module files (date-fns, kysely, zod…) was most of the start-up's CPU,
// so dependencies are bundled too, except those that find files of their own at run time: native
// addons, piscina's worker script, and the language model's data.
const external = ['better-sqlite3', '@node-rs/argon2', 'pg-native', 'piscina', 'wink-*'];

const shared = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  external,
  // Bundled CommonJS packages call require(); an ES module has none of its own.
  banner: {
    js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
  },
  sourcemap: true,
  logLevel: 'warning',
};

function newestModification(path) {
  const stats = statSync(path);
  if (!stats.isDirectory()) return stats.mtimeMs;
  return Math.max(stats.mtimeMs, ...readdirSync(path).map((entry) => newestModification(join(path, entry))));
}

export function serverBuildIsCurrent() {
  if (!existsSync(serverEntry)) return false;
  const sources = ['src/server', 'src/shared', 'package-lock.json', 'scripts/build-server.mjs'].map((path) =>
    join(root, path),
  );
  return statSync(serverEntry).mtimeMs >= Math.max(...sources.map(newestModification));
}

export async function buildServer() {
  await build({
    ...shared,
    entryPoints: { main: join(root, 'src/server/main.ts') },
    outdir: join(root, 'dist', 'server'),
  });
  // The text pool's worker thread, at the path text-pool.ts names next to the bundle: the compiled
  // twin of text-pool.worker.mjs, which loads the TypeScript through tsx when running from source.
  await build({
    ...shared,
    entryPoints: { 'text-pool.worker': join(root, 'src/server/modules/text/text-pool.compiled-worker.ts') },
    outdir: join(root, 'dist', 'server'),
    outExtension: { '.js': '.mjs' },
  });
}

if (process.argv[1] === new URL(import.meta.url).pathname) await buildServer();
