import type { MiddlewareHandler } from 'hono';
import type { AppDeps } from '../deps';
import { forbidden, unauthenticated } from '../errors';
import { bearerTokenOf, isSessionOnlyPath, scopesAllowMethod } from '../modules/api-tokens/api-tokens.models';
import { authenticateApiToken } from '../modules/api-tokens/api-tokens.usecases';
import type { AppEnv } from './app-env';

/**
 * `Authorization: Bearer ffp_…` on an API request: the token's owner becomes the request's user, held
 * to the token's scopes, and the session cookie is ignored. A header that is there but wrong is a 401,
 * never a fall back to the cookie. Browsers never add this header on their own, so such a request
 * cannot be forged from another site: the same-origin check then has nothing to guard (decision 0036).
 */
export function bearerAuth(deps: Pick<AppDeps, 'repos' | 'now'>): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const authorization = c.req.header('authorization');
    if (authorization === undefined) return next();
    const token = bearerTokenOf(authorization);
    if (!token)
      throw unauthenticated('The Authorization header must be "Bearer ffp_…" with a personal API token.');
    const user = await authenticateApiToken(deps, token);
    if (isSessionOnlyPath(c.req.method, c.req.path))
      throw forbidden('session_only', 'An API token cannot do this; sign in to Feedforward instead.');
    if (!scopesAllowMethod(user.tokenScopes, c.req.method))
      throw forbidden('token_scope', 'This API token is read-only: it needs the write scope for this.');
    c.set('tokenUser', user);
    return next();
  };
}
