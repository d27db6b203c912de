import type { Hono } from 'hono';
import { z } from 'zod';
import {
  announcementSchema,
  checkinRangeSchema,
  checkinSchema,
  commitmentDraftSchema,
  commitmentSchema,
  dailyReminderSchema,
  dayParamSchema,
} from '../../../shared/plans';
import type { AppEnv, RouteDeps } from '../../http/app-env';
import { parseInput, readJson } from '../../http/validation';
import { draftAnnouncementOfCycle, getAnnouncement, recordAnnouncement } from './announcement.usecases';
import { getDailyReminder, listCheckins, recordCheckin, saveDailyReminder } from './daily-practice.usecases';
import {
  checkCommitmentDraft,
  createCommitment,
  listCommitments,
  retireCommitment,
  updateCommitment,
} from './plans.usecases';

const checkinDaySchema = z.object({ day: dayParamSchema });

export function registerPlansRoutes(app: Hono<AppEnv>, deps: RouteDeps) {
  // The live quality check while the leader types; nothing is saved.
  app.post('/api/cycles/:cycleId/commitments/check', async (c) => {
    const user = await deps.currentUser(c);
    const draft = await readJson(c, commitmentDraftSchema);
    return c.json(await checkCommitmentDraft(deps, user, c.req.param('cycleId'), draft));
  });

  app.get('/api/cycles/:cycleId/commitments', async (c) => {
    const user = await deps.currentUser(c);
    return c.json({ commitments: await listCommitments(deps, user, c.req.param('cycleId')) });
  });

  app.post('/api/cycles/:cycleId/commitments', async (c) => {
    const user = await deps.currentUser(c);
    const input = await readJson(c, commitmentSchema);
    const commitment = await createCommitment(deps, user, c.req.param('cycleId'), input);
    return c.json({ commitment, flags: commitment.flags }, 201);
  });

  app.put('/api/commitments/:commitmentId', async (c) => {
    const user = await deps.currentUser(c);
    const input = await readJson(c, commitmentSchema);
    const commitment = await updateCommitment(deps, user, c.req.param('commitmentId'), input);
    return c.json({ commitment, flags: commitment.flags });
  });

  app.delete('/api/commitments/:commitmentId', async (c) => {
    const user = await deps.currentUser(c);
    await retireCommitment(deps, user, c.req.param('commitmentId'));
    return c.body(null, 204);
  });

  app.get('/api/cycles/:cycleId/announcement/draft', async (c) => {
    const user = await deps.currentUser(c);
    return c.json({ draft: await draftAnnouncementOfCycle(deps, user, c.req.param('cycleId')) });
  });

  app.get('/api/cycles/:cycleId/announcement', async (c) => {
    const user = await deps.currentUser(c);
    return c.json({ announcement: await getAnnouncement(deps, user, c.req.param('cycleId')) });
  });

  app.post('/api/cycles/:cycleId/announcement', async (c) => {
    const user = await deps.currentUser(c);
    const input = await readJson(c, announcementSchema);
    return c.json(await recordAnnouncement(deps, user, c.req.param('cycleId'), input));
  });

  app.put('/api/commitments/:commitmentId/checkins/:day', async (c) => {
    const user = await deps.currentUser(c);
    const { day } = parseInput(checkinDaySchema, { day: c.req.param('day') });
    const input = await readJson(c, checkinSchema);
    return c.json(await recordCheckin(deps, user, c.req.param('commitmentId'), day, input));
  });

  app.get('/api/cycles/:cycleId/checkins', async (c) => {
    const user = await deps.currentUser(c);
    const range = parseInput(checkinRangeSchema, { from: c.req.query('from'), to: c.req.query('to') });
    return c.json(await listCheckins(deps, user, c.req.param('cycleId'), range));
  });

  app.get('/api/cycles/:cycleId/daily-reminder', async (c) => {
    const user = await deps.currentUser(c);
    return c.json({ dailyReminder: await getDailyReminder(deps, user, c.req.param('cycleId')) });
  });

  app.put('/api/cycles/:cycleId/daily-reminder', async (c) => {
    const user = await deps.currentUser(c);
    const input = await readJson(c, dailyReminderSchema);
    return c.json({ dailyReminder: await saveDailyReminder(deps, user, c.req.param('cycleId'), input) });
  });
}
