import type { Hono } from 'hono';
import type { AppEnv, RouteDeps } from '../../http/app-env';

export function registerHealthRoutes(app: Hono<AppEnv>, deps: RouteDeps) {
  app.get('/healthz', async (c) => {
    try {
      await deps.checkDatabase();
      return c.json({ status: 'ok', database: 'ok' });
    } catch (error) {
      deps.log.error('health check failed', {
        error: error instanceof Error ? error.message : String(error),
      });
      return c.json({ status: 'unavailable', database: 'unreachable' }, 503);
    }
  });
}
