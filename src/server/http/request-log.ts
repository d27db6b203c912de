import type { MiddlewareHandler } from 'hono';
import type { Logger } from '../logger';

/**
 * One line per request. It logs the route pattern, never the concrete path, so ids and link
 * tokens never reach the logs.
 */
export function requestLog(log: Logger, newRequestId: () => string): MiddlewareHandler {
  return async (c, next) => {
    const requestId = newRequestId();
    c.set('requestId', requestId);
    c.header('X-Request-Id', requestId);
    const started = performance.now();
    await next();
    log.info('request', {
      requestId,
      method: c.req.method,
      route: c.req.routePath,
      status: c.res.status,
      ms: Math.round(performance.now() - started),
    });
  };
}
