import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import type { Hono } from 'hono';
import type { AppEnv } from './app-env';

/** Serves the built React client; every other page path gets index.html so the client router takes over. */
export function registerWebClient(app: Hono<AppEnv>, webRoot: string) {
  const indexPath = join(webRoot, 'index.html');
  // Set on the way out: serveStatic has already built its response when its onFound hook runs.
  app.use('/assets/*', async (c, next) => {
    await next();
    if (c.res.status === 200) c.res.headers.set('Cache-Control', 'public, max-age=31536000, immutable');
  });
  app.use('/assets/*', serveStatic({ root: webRoot }));
  app.use('/favicon.svg', serveStatic({ root: webRoot }));
  app.get('*', (c) => {
    if (c.req.path.startsWith('/api/')) {
      return c.json({ error: { code: 'route_not_found', message: 'There is no such API route.' } }, 404);
    }
    // A tab left open across a deploy asks for code that is gone: a 404 makes its import fail
    // (the screen offers a reload) instead of running index.html as a script.
    if (c.req.path.startsWith('/assets/')) return c.text('No such file.', 404);
    if (!existsSync(indexPath)) {
      return c.text('The web client is not built yet. Run `npm start`, which builds it.', 503);
    }
    c.header('Cache-Control', 'no-cache');
    return c.html(readFileSync(indexPath, 'utf8'));
  });
}
