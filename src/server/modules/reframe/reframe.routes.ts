import type { Hono } from 'hono';
import { reframeRequestSchema } from '../../../shared/reframe';
import type { AppEnv, RouteDeps } from '../../http/app-env';
import { readJson } from '../../http/validation';
import { reframeProblem } from './reframe.usecases';

export function registerReframeRoutes(app: Hono<AppEnv>, deps: RouteDeps) {
  app.post('/api/workspaces/:workspaceId/reframe', async (c) => {
    const user = await deps.currentUser(c);
    const { problem } = await readJson(c, reframeRequestSchema);
    return c.json(await reframeProblem(deps, user, c.req.param('workspaceId'), problem));
  });
}
