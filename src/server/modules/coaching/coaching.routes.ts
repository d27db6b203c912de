import type { Hono } from 'hono';
import {
  acceptCoachingSchema,
  coachingCommentSchema,
  inviteCoachSchema,
  shareItemSchema,
} from '../../../shared/coaching';
import type { AppEnv, RouteDeps } from '../../http/app-env';
import { readJson } from '../../http/validation';
import { coachDashboard, coacheeView } from './coachee-view.usecases';
import { acceptCoaching, inviteCoach, listMyCoaches, revokeCoaching } from './coaching.usecases';
import { addComment, listComments } from './coaching-comments.usecases';
import { listShareable, shareItem, unshareItem } from './coaching-shares.usecases';
import { acceptProgramCoach, offeredProgramCoaches } from './program-coach.usecases';

export function registerCoachingRoutes(app: Hono<AppEnv>, deps: RouteDeps) {
  app.get('/api/coaching/coaches', async (c) =>
    c.json({ coaches: await listMyCoaches(deps, await deps.currentUser(c)) }),
  );

  app.post('/api/workspaces/:workspaceId/coaches', async (c) => {
    const user = await deps.currentUser(c);
    const input = await readJson(c, inviteCoachSchema);
    return c.json(await inviteCoach(deps, user, c.req.param('workspaceId'), input), 201);
  });

  app.post('/api/coaching/accept', async (c) => {
    const user = await deps.currentUser(c);
    const { token } = await readJson(c, acceptCoachingSchema);
    return c.json(await acceptCoaching(deps, user, token));
  });

  app.delete('/api/coaching/:coachingId', async (c) => {
    await revokeCoaching(deps, await deps.currentUser(c), c.req.param('coachingId'));
    return c.body(null, 204);
  });

  app.get('/api/coaching/coachees', async (c) =>
    c.json({ coachees: await coachDashboard(deps, await deps.currentUser(c)) }),
  );

  app.get('/api/coaching/:coachingId/coachee', async (c) =>
    c.json({ coachee: await coacheeView(deps, await deps.currentUser(c), c.req.param('coachingId')) }),
  );

  app.get('/api/coaching/:coachingId/comments', async (c) =>
    c.json({ comments: await listComments(deps, await deps.currentUser(c), c.req.param('coachingId')) }),
  );

  app.post('/api/coaching/:coachingId/comments', async (c) => {
    const user = await deps.currentUser(c);
    const { body } = await readJson(c, coachingCommentSchema);
    return c.json({ comment: await addComment(deps, user, c.req.param('coachingId'), body) }, 201);
  });

  app.get('/api/coaching/:coachingId/shareable', async (c) =>
    c.json({ items: await listShareable(deps, await deps.currentUser(c), c.req.param('coachingId')) }),
  );

  app.post('/api/coaching/:coachingId/shares', async (c) => {
    const user = await deps.currentUser(c);
    const input = await readJson(c, shareItemSchema);
    return c.json(await shareItem(deps, user, c.req.param('coachingId'), input), 201);
  });

  app.delete('/api/coaching/:coachingId/shares/:shareId', async (c) => {
    const user = await deps.currentUser(c);
    await unshareItem(deps, user, c.req.param('coachingId'), c.req.param('shareId'));
    return c.body(null, 204);
  });

  app.get('/api/workspaces/:workspaceId/program-coaches', async (c) => {
    const user = await deps.currentUser(c);
    return c.json({ offers: await offeredProgramCoaches(deps, user, c.req.param('workspaceId')) });
  });

  app.post('/api/programs/:programId/coach-access', async (c) => {
    const user = await deps.currentUser(c);
    return c.json({ coaching: await acceptProgramCoach(deps, user, c.req.param('programId')) }, 201);
  });
}
