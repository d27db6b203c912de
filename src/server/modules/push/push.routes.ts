import type { Hono } from 'hono';
import { pushSubscriptionInputSchema } from '../../../shared/push';
import type { AppEnv, RouteDeps } from '../../http/app-env';
import { readJson } from '../../http/validation';
import { getPushSetup, sendPushTest, subscribeDevice, unsubscribeDevice } from './push.usecases';

export function registerPushRoutes(app: Hono<AppEnv>, deps: RouteDeps) {
  app.get('/api/push', async (c) => c.json(await getPushSetup(deps, await deps.currentUser(c))));

  app.post('/api/push/devices', async (c) => {
    const user = await deps.currentUser(c);
    return c.json(await subscribeDevice(deps, user, await readJson(c, pushSubscriptionInputSchema)), 201);
  });

  app.delete('/api/push/devices/:deviceId', async (c) => {
    await unsubscribeDevice(deps, await deps.currentUser(c), c.req.param('deviceId'));
    return c.body(null, 204);
  });

  app.post('/api/push/test', async (c) => c.json(await sendPushTest(deps, await deps.currentUser(c)), 202));
}
