import type { Hono } from 'hono';
import { bulkStakeholdersSchema, stakeholderInputSchema } from '../../../shared/stakeholders';
import type { AppEnv, RouteDeps } from '../../http/app-env';
import { readJson } from '../../http/validation';
import {
  addStakeholder,
  addStakeholdersFromText,
  listStakeholders,
  removeStakeholder,
  updateStakeholder,
} from './stakeholders.usecases';

export function registerStakeholdersRoutes(app: Hono<AppEnv>, deps: RouteDeps) {
  app.get('/api/workspaces/:workspaceId/stakeholders', async (c) => {
    const user = await deps.currentUser(c);
    return c.json({ stakeholders: await listStakeholders(deps, user, c.req.param('workspaceId')) });
  });

  app.post('/api/workspaces/:workspaceId/stakeholders', async (c) => {
    const user = await deps.currentUser(c);
    const input = await readJson(c, stakeholderInputSchema);
    return c.json({ stakeholder: await addStakeholder(deps, user, c.req.param('workspaceId'), input) }, 201);
  });

  app.post('/api/workspaces/:workspaceId/stakeholders/bulk', async (c) => {
    const user = await deps.currentUser(c);
    const input = await readJson(c, bulkStakeholdersSchema);
    return c.json(await addStakeholdersFromText(deps, user, c.req.param('workspaceId'), input));
  });

  app.put('/api/stakeholders/:stakeholderId', async (c) => {
    const user = await deps.currentUser(c);
    const input = await readJson(c, stakeholderInputSchema);
    return c.json({ stakeholder: await updateStakeholder(deps, user, c.req.param('stakeholderId'), input) });
  });

  app.delete('/api/stakeholders/:stakeholderId', async (c) => {
    const user = await deps.currentUser(c);
    await removeStakeholder(deps, user, c.req.param('stakeholderId'));
    return c.body(null, 204);
  });
}
