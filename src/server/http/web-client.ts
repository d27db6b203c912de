import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import type { Hono } from 'hono';
import type { AppEnv } from './app-env';

/** Serves the built React client; every other page path gets index.html so the client router takes over. */
export function registerWebClient(app: Hono<AppEnv>, webRoot: string) {
  const indexPath = join(webRoot, 'index.html');
  app.use(
    '/assets/*',
    serveStatic({
      root: webRoot,
      onFound: (_path, c) => {
        c.header('Cache-Control', 'public, max-age=31536000, immutable');
      },
    }),
  );
  app.use('/favicon.svg', serveStatic({ root: webRoot }));
  app.get('*', (c) => {
    if (c.req.path.startsWith('/api/')) {
      return c.json({ error: { code: 'route_not_found', message: 'There is no such API route.' } }, 404);
    }
    if (!existsSync(indexPath)) {
      return c.text('The web client is not built yet. Run `npm start`, which builds it.', 503);
    }
    c.header('Cache-Control', 'no-cache');
    return c.html(readFileSync(indexPath, 'utf8'));
  });
}
