import type { Hono } from 'hono';
import { adminTransferSchema, memberRolesSchema } from '../../../shared/workspaces';
import type { AppEnv, RouteDeps } from '../../http/app-env';
import { readJson } from '../../http/validation';
import { changeMemberRoles, leaveWorkspace, removeMember, transferAdmin } from './members.usecases';

export function registerMembersRoutes(app: Hono<AppEnv>, deps: RouteDeps) {
  app.put('/api/workspaces/:workspaceId/members/:userId/roles', async (c) => {
    const user = await deps.currentUser(c);
    const { roles } = await readJson(c, memberRolesSchema);
    await changeMemberRoles(deps, user, c.req.param('workspaceId'), c.req.param('userId'), roles);
    return c.body(null, 204);
  });

  app.delete('/api/workspaces/:workspaceId/members/:userId', async (c) => {
    const user = await deps.currentUser(c);
    await removeMember(deps, user, c.req.param('workspaceId'), c.req.param('userId'));
    return c.body(null, 204);
  });

  app.post('/api/workspaces/:workspaceId/admin-transfer', async (c) => {
    const user = await deps.currentUser(c);
    const { toUserId } = await readJson(c, adminTransferSchema);
    await transferAdmin(deps, user, c.req.param('workspaceId'), toUserId);
    return c.body(null, 204);
  });

  app.post('/api/workspaces/:workspaceId/leave', async (c) => {
    const user = await deps.currentUser(c);
    await leaveWorkspace(deps, user, c.req.param('workspaceId'));
    return c.body(null, 204);
  });
}
