import type { Hono } from 'hono';
import { createApiTokenSchema } from '../../../shared/api-tokens';
import type { AppEnv, RouteDeps } from '../../http/app-env';
import { readJson } from '../../http/validation';
import { createApiToken, listApiTokens, revokeApiToken } from './api-tokens.usecases';

// Session only: bearer-auth.ts refuses /api/tokens to tokens, so a token cannot make or keep others.
export function registerApiTokensRoutes(app: Hono<AppEnv>, deps: RouteDeps) {
  app.get('/api/tokens', async (c) => c.json(await listApiTokens(deps, await deps.currentUser(c))));

  app.post('/api/tokens', async (c) => {
    const user = await deps.currentUser(c);
    return c.json(await createApiToken(deps, user, await readJson(c, createApiTokenSchema)), 201);
  });

  app.delete('/api/tokens/:tokenId', async (c) => {
    await revokeApiToken(deps, await deps.currentUser(c), c.req.param('tokenId'));
    return c.body(null, 204);
  });
}
