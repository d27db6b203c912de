import type { Hono } from 'hono';
import { z } from 'zod';
import { saveFrameworkVersionSchema } from '../../../shared/framework';
import type { AppEnv, RouteDeps } from '../../http/app-env';
import { readJson } from '../../http/validation';
import { listFrameworkVersions, saveFrameworkVersion } from './framework-versions.usecases';
import { getWorkspaceFramework, importFramework, resetFramework } from './frameworks.usecases';

export function registerFrameworksRoutes(app: Hono<AppEnv>, deps: RouteDeps) {
  app.get('/api/workspaces/:workspaceId/framework', async (c) => {
    const user = await deps.currentUser(c);
    return c.json(await getWorkspaceFramework(deps, user, c.req.param('workspaceId')));
  });

  // The file is checked inside the use case, after the admin check, with every problem listed.
  app.put('/api/workspaces/:workspaceId/framework', async (c) => {
    const user = await deps.currentUser(c);
    await importFramework(deps, user, c.req.param('workspaceId'), await readJson(c, z.unknown()));
    return c.body(null, 204);
  });

  app.delete('/api/workspaces/:workspaceId/framework', async (c) => {
    const user = await deps.currentUser(c);
    await resetFramework(deps, user, c.req.param('workspaceId'));
    return c.body(null, 204);
  });

  app.get('/api/workspaces/:workspaceId/framework/versions', async (c) => {
    const user = await deps.currentUser(c);
    return c.json({ versions: await listFrameworkVersions(deps, user, c.req.param('workspaceId')) });
  });

  app.post('/api/workspaces/:workspaceId/framework/versions', async (c) => {
    const user = await deps.currentUser(c);
    const input = await readJson(c, saveFrameworkVersionSchema);
    return c.json(
      { version: await saveFrameworkVersion(deps, user, c.req.param('workspaceId'), input) },
      201,
    );
  });
}
