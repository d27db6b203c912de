import type { Hono } from 'hono';
import { confirmTwoFactorSchema, disableTwoFactorSchema } from '../../../shared/two-factor';
import type { AppEnv, RouteDeps } from '../../http/app-env';
import { readJson } from '../../http/validation';
import { confirmEnrollment, disableTwoFactor, startEnrollment, twoFactorStatus } from './two-factor.usecases';

export function registerTwoFactorRoutes(app: Hono<AppEnv>, deps: RouteDeps) {
  app.get('/api/account/two-factor', async (c) =>
    c.json(await twoFactorStatus(deps, await deps.currentUser(c))),
  );

  app.post('/api/account/two-factor/enrollment', async (c) =>
    c.json(await startEnrollment(deps, await deps.currentUser(c)), 201),
  );

  app.post('/api/account/two-factor/enrollment/confirm', async (c) => {
    const user = await deps.currentUser(c);
    const { code } = await readJson(c, confirmTwoFactorSchema);
    return c.json(await confirmEnrollment(deps, user, code));
  });

  app.post('/api/account/two-factor/disable', async (c) => {
    const user = await deps.currentUser(c);
    await disableTwoFactor(deps, user, await readJson(c, disableTwoFactorSchema));
    return c.body(null, 204);
  });
}
