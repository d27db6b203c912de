import type { MiddlewareHandler } from 'hono';
import { compress } from 'hono/compress';
import type { AppEnv } from './app-env';

// Below about 1 KB gzip's own header and the CPU cost outweigh what it saves (Hono's default threshold).
const smallestWorthCompressing = 1024;

/**
 * Compresses JSON answers of 1 KB and more with gzip (or deflate) for browsers that accept it. Hono's
 * compress middleware can only skip small bodies that declare their length, and c.json() does not, so
 * the inner middleware states it first: the body is already one string in memory, so this costs nothing.
 */
export function compressJson(): MiddlewareHandler<AppEnv>[] {
  const declareLength: MiddlewareHandler<AppEnv> = async (c, next) => {
    await next();
    const type = c.res.headers.get('Content-Type') ?? '';
    if (!type.startsWith('application/json') || c.res.headers.has('Content-Length') || !c.res.body) return;
    const body = await c.res.arrayBuffer();
    const response = new Response(body, c.res);
    response.headers.set('Content-Length', String(body.byteLength));
    c.res = undefined;
    c.res = response;
  };
  return [
    compress({ threshold: smallestWorthCompressing, contentTypeFilter: /^application\/json/ }),
    declareLength,
  ];
}
