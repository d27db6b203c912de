// Compiles the server to dist/server once, so `npm start` and the container run it with plain Node
// (decision 0040): no TypeScript loader at run time, one bundle to read at start. Rebuilt when the server's
// sources are newer than the build (scripts/ensure-ready.mjs) and by `npm run build`.
import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
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
  // Shorter names are less for V8 to read and keep: 13-14 MB less resident (decision 0057). Not
  // keepNames, whose wrappers cost that memory back: nothing here branches on a bundled class's
  // name (only error texts show one); stack traces map back with --enable-source-maps.
  minify: true,
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
  // A rebuild's chunks have new names: the old ones go first.
  rmSync(join(root, 'dist', 'server'), { recursive: true, force: true });
  await build({
    ...shared,
    entryPoints: { main: join(root, 'src/server/main.ts') },
    // Libraries used by few requests (mail, Web Push, SSO, QR codes, the source archive) are
    // imported where used, each into a file of its own loaded then, not at start (decision 0057).
    // In the bundle's folder, so import.meta.url still finds the text worker from any of them.
    splitting: true,
    chunkNames: '[name]-[hash]',
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
