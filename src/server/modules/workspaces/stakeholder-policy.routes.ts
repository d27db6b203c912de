import type { Hono } from 'hono';
import { stakeholderPolicySchema } from '../../../shared/stakeholder-policy';
import type { AppEnv, RouteDeps } from '../../http/app-env';
import { readJson } from '../../http/validation';
import { setStakeholderPolicy } from './stakeholder-policy.usecases';

export function registerStakeholderPolicyRoutes(app: Hono<AppEnv>, deps: RouteDeps) {
  app.put('/api/workspaces/:workspaceId/stakeholder-policy', async (c) => {
    const user = await deps.currentUser(c);
    const policy = await readJson(c, stakeholderPolicySchema);
    await setStakeholderPolicy(deps, user, c.req.param('workspaceId'), policy);
    return c.body(null, 204);
  });
}
