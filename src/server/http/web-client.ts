import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import type { Context, Hono } from 'hono';
import type { AppEnv } from './app-env';

// The build writes name.br and name.gz beside each file (vite.config.ts); best first.
const precompressedEncodings = [
  ['br', '.br'],
  ['gzip', '.gz'],
] as const;

function acceptedEncodings(c: Context<AppEnv>): Set<string> {
  return new Set(
    (c.req.header('accept-encoding') ?? '').split(',').map((part) => part.split(';')[0]?.trim() ?? ''),
  );
}

/** A page's HTML, compressed as the build left it when the browser accepts that, otherwise as it is. */
function htmlPage(c: Context<AppEnv>, path: string) {
  c.header('Cache-Control', 'no-cache');
  c.header('Vary', 'Accept-Encoding');
  const accepted = acceptedEncodings(c);
  for (const [encoding, suffix] of precompressedEncodings) {
    if (!accepted.has(encoding) || !existsSync(path + suffix)) continue;
    c.header('Content-Encoding', encoding);
    c.header('Content-Type', 'text/html; charset=UTF-8');
    return c.body(readFileSync(path + suffix));
  }
  return c.html(readFileSync(path, 'utf8'));
}

/**
 * Serves the built React client; every other page path gets index.html so the client router takes over,
 * except the stakeholder's answer page, which has its own small entry (answer.html).
 */
export function registerWebClient(app: Hono<AppEnv>, webRoot: string) {
  const indexPath = join(webRoot, 'index.html');
  const answerPath = join(webRoot, 'answer.html');
  // Set on the way out: serveStatic has already built its response when its onFound hook runs.
  app.use('/assets/*', async (c, next) => {
    await next();
    if (c.res.status !== 200) return;
    c.res.headers.set('Cache-Control', 'public, max-age=31536000, immutable');
    // Identity answers vary too: a shared cache must not hand them to a browser that takes brotli.
    if (!c.res.headers.has('Vary')) c.res.headers.set('Vary', 'Accept-Encoding');
  });
  app.use('/assets/*', serveStatic({ root: webRoot, precompressed: true }));
  app.use('/favicon.svg', serveStatic({ root: webRoot, precompressed: true }));
  registerInstallableFiles(app, webRoot);
  app.get('*', (c) => {
    if (c.req.path.startsWith('/api/')) {
      return c.json({ error: { code: 'route_not_found', message: 'There is no such API route.' } }, 404);
    }
    // A tab left open across a deploy asks for code that is gone: a 404 makes its import fail
    // (the screen offers a reload) instead of running index.html as a script.
    if (c.req.path.startsWith('/assets/') || c.req.path.startsWith('/icons/') || c.req.path === '/sw.js')
      return c.text('No such file.', 404);
    if (!existsSync(indexPath)) {
      return c.text('The web client is not built yet. Run `npm start`, which builds it.', 503);
    }
    if (c.req.path === '/answer' && existsSync(answerPath)) return htmlPage(c, answerPath);
    return htmlPage(c, indexPath);
  });
}

/**
 * What makes the leader app installable (decision 0049). The worker and the manifest are checked on
 * every load (no-cache): a worker cached for long would keep an old build's files on phones. Icons
 * change rarely and keep their names, so a day is enough. The worker's scope is the whole site, which
 * its own path at the root already allows.
 */
function registerInstallableFiles(app: Hono<AppEnv>, webRoot: string) {
  const files = [
    ['/sw.js', 'text/javascript; charset=UTF-8', 'no-cache'],
    ['/manifest.webmanifest', 'application/manifest+json; charset=UTF-8', 'no-cache'],
    ['/icons/*', 'image/png', 'public, max-age=86400'],
  ] as const;
  for (const [path, type, cacheControl] of files) {
    app.use(path, async (c, next) => {
      await next();
      if (c.res.status !== 200) return;
      c.res.headers.set('Content-Type', type);
      c.res.headers.set('Cache-Control', cacheControl);
      if (!c.res.headers.has('Vary')) c.res.headers.set('Vary', 'Accept-Encoding');
    });
    app.use(path, serveStatic({ root: webRoot, precompressed: true }));
  }
}
