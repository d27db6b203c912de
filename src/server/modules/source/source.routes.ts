import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Hono } from 'hono';
import type { AppEnv, RouteDeps } from '../../http/app-env';
import { buildSourceArchive } from './source-archive';

/**
 * The nearest folder above this code with a package.json: the repository, whether the server runs
 * from src/ (through tsx) or compiled into dist/server/ (decision 0040).
 */
function repositoryRootAbove(fileUrl: string): string {
  let folder = dirname(fileURLToPath(fileUrl));
  while (!existsSync(join(folder, 'package.json'))) {
    const parent = dirname(folder);
    if (parent === folder) throw new Error(`No package.json above ${fileURLToPath(fileUrl)}`);
    folder = parent;
  }
  return folder;
}

const repositoryRoot = repositoryRootAbove(import.meta.url);

/**
 * The AGPL asks whoever runs a copy to offer its source to everyone who uses it over the network. Every
 * page links here: to SOURCE_URL when the operator publishes the code elsewhere, otherwise to an archive
 * of the files this very process runs from, so a modified copy offers its modified source.
 */
export function registerSourceRoutes(app: Hono<AppEnv>, deps: RouteDeps) {
  const sourceUrl = deps.config.SOURCE_URL;
  if (sourceUrl) {
    app.get('/source', (c) => c.redirect(sourceUrl, 302));
    return;
  }
  // The files do not change while the process runs: pack them once, on first request, not per visitor.
  let archive: Promise<Buffer> | undefined;
  app.get('/source', async (c) => {
    archive ??= buildSourceArchive(repositoryRoot).catch((error: unknown) => {
      archive = undefined;
      throw error;
    });
    const body = await archive;
    return c.body(new Uint8Array(body), 200, {
      'Content-Type': 'application/gzip',
      'Content-Disposition': 'attachment; filename="feedforward-source.tar.gz"',
      'Cache-Control': 'public, max-age=3600',
    });
  });
}
