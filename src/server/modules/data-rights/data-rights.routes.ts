import type { Hono } from 'hono';
import { deleteAccountSchema, retentionSchema } from '../../../shared/data-rights';
import type { AppEnv, RouteDeps } from '../../http/app-env';
import { readJson } from '../../http/validation';
import { deleteMyAccount, exportMyData } from './data-rights.usecases';
import { getRetention, setRetention } from './retention.usecases';

export function registerDataRightsRoutes(app: Hono<AppEnv>, deps: RouteDeps) {
  app.get('/api/account/export', async (c) => {
    const { fileName, archive } = await exportMyData(deps, await deps.currentUser(c));
    return c.body(new Uint8Array(archive), 200, {
      'Content-Type': 'application/zip',
      'Content-Disposition': `attachment; filename="${fileName}"`,
    });
  });

  app.post('/api/account/delete', async (c) => {
    const user = await deps.currentUser(c);
    await deleteMyAccount(deps, user, await readJson(c, deleteAccountSchema));
    deps.sessionCookie.clear(c);
    return c.body(null, 204);
  });

  app.get('/api/workspaces/:workspaceId/retention', async (c) => {
    const user = await deps.currentUser(c);
    return c.json(await getRetention(deps, user, c.req.param('workspaceId')));
  });

  app.put('/api/workspaces/:workspaceId/retention', async (c) => {
    const user = await deps.currentUser(c);
    const { months } = await readJson(c, retentionSchema);
    await setRetention(deps, user, c.req.param('workspaceId'), months);
    return c.body(null, 204);
  });
}
