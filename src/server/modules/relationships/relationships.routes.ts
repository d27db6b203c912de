import type { Hono } from 'hono';
import { relationshipNoteSchema } from '../../../shared/relationships';
import type { AppEnv, RouteDeps } from '../../http/app-env';
import { readJson } from '../../http/validation';
import { getRelationships, saveRelationshipNote } from './relationships.usecases';

export function registerRelationshipsRoutes(app: Hono<AppEnv>, deps: RouteDeps) {
  app.get('/api/workspaces/:workspaceId/relationships', async (c) => {
    const user = await deps.currentUser(c);
    return c.json(await getRelationships(deps, user, c.req.param('workspaceId')));
  });

  app.put('/api/stakeholders/:stakeholderId/note', async (c) => {
    const user = await deps.currentUser(c);
    const { note } = await readJson(c, relationshipNoteSchema);
    return c.json(await saveRelationshipNote(deps, user, c.req.param('stakeholderId'), note));
  });
}
