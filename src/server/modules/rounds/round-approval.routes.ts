import type { Hono } from 'hono';
import { declineRoundSchema } from '../../../shared/stakeholder-policy';
import type { AppEnv, RouteDeps } from '../../http/app-env';
import { readJson } from '../../http/validation';
import {
  approveRound,
  declineRound,
  latestApprovalForLeader,
  listWaitingLists,
} from './round-approval.usecases';

export function registerRoundApprovalRoutes(app: Hono<AppEnv>, deps: RouteDeps) {
  app.get('/api/workspaces/:workspaceId/round-approvals', async (c) => {
    const user = await deps.currentUser(c);
    return c.json({ lists: await listWaitingLists(deps, user, c.req.param('workspaceId')) });
  });

  app.post('/api/round-approvals/:approvalId/approve', async (c) => {
    const user = await deps.currentUser(c);
    return c.json(await approveRound(deps, user, c.req.param('approvalId')));
  });

  app.post('/api/round-approvals/:approvalId/decline', async (c) => {
    const user = await deps.currentUser(c);
    const { reason } = await readJson(c, declineRoundSchema);
    await declineRound(deps, user, c.req.param('approvalId'), reason);
    return c.body(null, 204);
  });

  app.get('/api/cycles/:cycleId/round-approval', async (c) => {
    const user = await deps.currentUser(c);
    return c.json({ approval: await latestApprovalForLeader(deps, user, c.req.param('cycleId')) });
  });
}
