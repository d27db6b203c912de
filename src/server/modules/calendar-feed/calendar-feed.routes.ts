import type { Hono } from 'hono';
import { calendarDateParamsSchema } from '../../../shared/calendar-feed';
import type { AppEnv, RouteDeps } from '../../http/app-env';
import { parseInput } from '../../http/validation';
import {
  calendarFeedOfToken,
  calendarFileOfDate,
  createCalendarFeed,
  deleteCalendarFeed,
  getCalendarFeedStatus,
} from './calendar-feed.usecases';

const calendarType = 'text/calendar; charset=utf-8';

export function registerCalendarFeedRoutes(app: Hono<AppEnv>, deps: RouteDeps) {
  app.get('/api/calendar-feed', async (c) =>
    c.json(await getCalendarFeedStatus(deps, await deps.currentUser(c))),
  );

  app.post('/api/calendar-feed', async (c) =>
    c.json(await createCalendarFeed(deps, await deps.currentUser(c)), 201),
  );

  app.delete('/api/calendar-feed', async (c) => {
    await deleteCalendarFeed(deps, await deps.currentUser(c));
    return c.body(null, 204);
  });

  app.get('/api/cycles/:cycleId/calendar/:kind', async (c) => {
    const user = await deps.currentUser(c);
    const { cycleId, kind } = parseInput(calendarDateParamsSchema, c.req.param());
    const body = await calendarFileOfDate(deps, user, cycleId, kind);
    return c.body(body, 200, {
      'Content-Type': calendarType,
      'Content-Disposition': `attachment; filename="feedforward-${kind}.ics"`,
    });
  });

  // Outside /api: calendar apps fetch it with no cookie and no header, the token is the key.
  app.get('/calendar/:feedToken/feedforward.ics', async (c) => {
    const body = await calendarFeedOfToken(deps, c.req.param('feedToken'));
    return c.body(body, 200, {
      'Content-Type': calendarType,
      'Cache-Control': 'no-store',
      'Referrer-Policy': 'no-referrer',
    });
  });
}
