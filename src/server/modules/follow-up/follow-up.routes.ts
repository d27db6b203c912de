import type { Hono } from 'hono';
import { followUpSettingsSchema } from '../../../shared/follow-up';
import type { AppEnv, RouteDeps } from '../../http/app-env';
import { readJson } from '../../http/validation';
import { getFollowUp, saveFollowUpSettings } from './follow-up.usecases';

export function registerFollowUpRoutes(app: Hono<AppEnv>, deps: RouteDeps) {
  app.get('/api/cycles/:cycleId/follow-up', async (c) => {
    const user = await deps.currentUser(c);
    return c.json({ followUp: await getFollowUp(deps, user, c.req.param('cycleId')) });
  });

  app.put('/api/cycles/:cycleId/follow-up', async (c) => {
    const user = await deps.currentUser(c);
    const input = await readJson(c, followUpSettingsSchema);
    return c.json({ followUp: await saveFollowUpSettings(deps, user, c.req.param('cycleId'), input) });
  });
}
