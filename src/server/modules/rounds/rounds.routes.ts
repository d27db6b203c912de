import type { Hono } from 'hono';
import { addToRoundSchema, openRoundSchema, thankYouSchema } from '../../../shared/rounds';
import type { AppEnv, RouteDeps } from '../../http/app-env';
import { readJson } from '../../http/validation';
import { fetchLinksAgain } from './links-again.usecases';
import { addStakeholderToRound, closeRound, getRoundForLeader, openRound } from './rounds.usecases';
import { getThankYou, sendThankYou } from './thank-you.usecases';

export function registerRoundsRoutes(app: Hono<AppEnv>, deps: RouteDeps) {
  app.post('/api/cycles/:cycleId/rounds', async (c) => {
    const user = await deps.currentUser(c);
    const input = await readJson(c, openRoundSchema);
    const opened = await openRound(deps, user, c.req.param('cycleId'), input);
    // 202: accepted, waiting for an admin to approve the list; nothing is sent yet.
    return c.json(opened, 'waitingForApproval' in opened ? 202 : 201);
  });

  app.get('/api/rounds/:roundId', async (c) => {
    const user = await deps.currentUser(c);
    return c.json(await getRoundForLeader(deps, user, c.req.param('roundId')));
  });

  app.post('/api/rounds/:roundId/close', async (c) => {
    const user = await deps.currentUser(c);
    await closeRound(deps, user, c.req.param('roundId'));
    return c.body(null, 204);
  });

  app.post('/api/rounds/:roundId/invitations', async (c) => {
    const user = await deps.currentUser(c);
    const { stakeholderId } = await readJson(c, addToRoundSchema);
    return c.json(await addStakeholderToRound(deps, user, c.req.param('roundId'), stakeholderId), 201);
  });

  app.post('/api/rounds/:roundId/links', async (c) => {
    const user = await deps.currentUser(c);
    return c.json(await fetchLinksAgain(deps, user, c.req.param('roundId')), 201);
  });

  app.get('/api/rounds/:roundId/thank-you', async (c) => {
    const user = await deps.currentUser(c);
    return c.json({ thankYou: await getThankYou(deps, user, c.req.param('roundId')) });
  });

  app.post('/api/rounds/:roundId/thank-you', async (c) => {
    const user = await deps.currentUser(c);
    const { message } = await readJson(c, thankYouSchema);
    return c.json(await sendThankYou(deps, user, c.req.param('roundId'), message));
  });
}
