import type { Hono } from 'hono';
import { createCycleSchema, updateCycleSchema } from '../../../shared/cycles';
import { reviewCycleSchema } from '../../../shared/progress';
import type { AppEnv, RouteDeps } from '../../http/app-env';
import { readJson } from '../../http/validation';
import { reviewCycle } from './cycle-review.usecases';
import { createCycle, getCycle, listCycles, updateCycle } from './cycles.usecases';

export function registerCyclesRoutes(app: Hono<AppEnv>, deps: RouteDeps) {
  app.get('/api/workspaces/:workspaceId/cycles', async (c) => {
    const user = await deps.currentUser(c);
    return c.json({ cycles: await listCycles(deps, user, c.req.param('workspaceId')) });
  });

  app.post('/api/workspaces/:workspaceId/cycles', async (c) => {
    const user = await deps.currentUser(c);
    const input = await readJson(c, createCycleSchema);
    return c.json({ cycle: await createCycle(deps, user, c.req.param('workspaceId'), input) }, 201);
  });

  app.get('/api/cycles/:cycleId', async (c) => {
    const user = await deps.currentUser(c);
    return c.json({ cycle: await getCycle(deps, user, c.req.param('cycleId')) });
  });

  app.put('/api/cycles/:cycleId', async (c) => {
    const user = await deps.currentUser(c);
    const input = await readJson(c, updateCycleSchema);
    return c.json({ cycle: await updateCycle(deps, user, c.req.param('cycleId'), input) });
  });

  app.post('/api/cycles/:cycleId/review', async (c) => {
    const user = await deps.currentUser(c);
    const input = await readJson(c, reviewCycleSchema);
    return c.json({ cycle: await reviewCycle(deps, user, c.req.param('cycleId'), input) });
  });
}
