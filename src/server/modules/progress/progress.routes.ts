import type { Hono } from 'hono';
import type { AppEnv, RouteDeps } from '../../http/app-env';
import { getCycleProgress, getCycleProgressCsv } from './progress.usecases';

export function registerProgressRoutes(app: Hono<AppEnv>, deps: RouteDeps) {
  app.get('/api/cycles/:cycleId/progress', async (c) => {
    const user = await deps.currentUser(c);
    return c.json({ progress: await getCycleProgress(deps, user, c.req.param('cycleId')) });
  });

  app.get('/api/cycles/:cycleId/progress.csv', async (c) => {
    const user = await deps.currentUser(c);
    const csv = await getCycleProgressCsv(deps, user, c.req.param('cycleId'));
    return c.body(csv, 200, {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': 'attachment; filename="feedforward-progress.csv"',
    });
  });
}
