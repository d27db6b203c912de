import type { Hono } from 'hono';
import { createCycleSchema } from '../../../shared/cycles';
import {
  acceptProgramInvitationSchema,
  enrollLeadersSchema,
  insightFilterSchema,
  programInputSchema,
} from '../../../shared/programs';
import type { AppEnv, RouteDeps } from '../../http/app-env';
import { parseInput, readJson } from '../../http/validation';
import { acceptProgramInvitation, enrollLeaders, startProgramCycle } from './program-enrollment.usecases';
import { getProgramInsight, getProgramInsightCsv } from './program-insight.usecases';
import {
  createProgram,
  getProgram,
  listMyPrograms,
  listPrograms,
  removeEnrollment,
  updateProgram,
} from './programs.usecases';

export function registerProgramsRoutes(app: Hono<AppEnv>, deps: RouteDeps) {
  app.get('/api/workspaces/:workspaceId/programs', async (c) => {
    const user = await deps.currentUser(c);
    return c.json({ programs: await listPrograms(deps, user, c.req.param('workspaceId')) });
  });

  app.post('/api/workspaces/:workspaceId/programs', async (c) => {
    const user = await deps.currentUser(c);
    const input = await readJson(c, programInputSchema);
    return c.json({ id: await createProgram(deps, user, c.req.param('workspaceId'), input) }, 201);
  });

  app.get('/api/workspaces/:workspaceId/my-programs', async (c) => {
    const user = await deps.currentUser(c);
    return c.json({ programs: await listMyPrograms(deps, user, c.req.param('workspaceId')) });
  });

  app.get('/api/programs/:programId', async (c) => {
    const user = await deps.currentUser(c);
    return c.json(await getProgram(deps, user, c.req.param('programId')));
  });

  app.put('/api/programs/:programId', async (c) => {
    const user = await deps.currentUser(c);
    await updateProgram(deps, user, c.req.param('programId'), await readJson(c, programInputSchema));
    return c.body(null, 204);
  });

  app.post('/api/programs/:programId/enrollments', async (c) => {
    const user = await deps.currentUser(c);
    const { text } = await readJson(c, enrollLeadersSchema);
    return c.json(await enrollLeaders(deps, user, c.req.param('programId'), text));
  });

  app.delete('/api/programs/:programId/enrollments/:enrollmentId', async (c) => {
    const user = await deps.currentUser(c);
    await removeEnrollment(deps, user, c.req.param('programId'), c.req.param('enrollmentId'));
    return c.body(null, 204);
  });

  app.post('/api/program-invitations/accept', async (c) => {
    const user = await deps.currentUser(c);
    const { token } = await readJson(c, acceptProgramInvitationSchema);
    return c.json(await acceptProgramInvitation(deps, user, token));
  });

  app.post('/api/programs/:programId/cycles', async (c) => {
    const user = await deps.currentUser(c);
    const input = await readJson(c, createCycleSchema);
    return c.json({ cycle: await startProgramCycle(deps, user, c.req.param('programId'), input) }, 201);
  });

  app.get('/api/programs/:programId/insight', async (c) => {
    const user = await deps.currentUser(c);
    const filter = parseInput(insightFilterSchema, c.req.query());
    return c.json({ insight: await getProgramInsight(deps, user, c.req.param('programId'), filter) });
  });

  app.get('/api/programs/:programId/insight.csv', async (c) => {
    const user = await deps.currentUser(c);
    const filter = parseInput(insightFilterSchema, c.req.query());
    const csv = await getProgramInsightCsv(deps, user, c.req.param('programId'), filter);
    return c.body(csv, 200, {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': 'attachment; filename="feedforward-program.csv"',
    });
  });
}
