import type { Context, Hono } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { ssoConnectionTestSchema, ssoSettingsInputSchema } from '../../../shared/sso';
import { AppError } from '../../errors';
import type { AppEnv, RouteDeps } from '../../http/app-env';
import { readJson } from '../../http/validation';
import { ssoSignInLifetimeMs } from './sso.models';
import { completeSsoSignIn, listSsoProviders, startSsoSignIn } from './sso.usecases';
import {
  getSsoSettings,
  removeSsoSettings,
  saveSsoSettings,
  testSsoConnection,
} from './sso-settings.usecases';

/** Ties a provider's answer to the browser that asked; Lax, so the provider's redirect back carries it. */
function browserCookie(https: boolean) {
  const name = https ? '__Host-ff_sso' : 'ff_sso';
  return {
    read: (c: Context) => getCookie(c, name),
    write: (c: Context, token: string) =>
      setCookie(c, name, token, {
        httpOnly: true,
        sameSite: 'Lax',
        secure: https,
        path: '/',
        maxAge: ssoSignInLifetimeMs / 1000,
      }),
    clear: (c: Context) => deleteCookie(c, name, { path: '/', secure: https }),
  };
}

/** A browser came here by following links, so a refusal goes back to the sign-in page, which says it in words. */
function backToSignIn(c: Context, error: unknown) {
  if (!(error instanceof AppError)) throw error;
  return c.redirect(`/sign-in?sso-error=${encodeURIComponent(error.code)}`, 303);
}

export function registerSsoRoutes(app: Hono<AppEnv>, deps: RouteDeps) {
  const cookie = browserCookie(deps.config.BASE_URL.startsWith('https:'));

  // Public: the sign-in page's buttons; an organization's only for whoever has its sign-in link.
  app.get('/api/auth/sso/providers', async (c) =>
    c.json({ providers: await listSsoProviders(deps, c.req.query('workspace')) }),
  );

  app.get('/api/auth/sso/:providerId/start', async (c) => {
    try {
      const started = await startSsoSignIn(deps, c.req.param('providerId'), deps.clientKey(c));
      cookie.write(c, started.browserToken);
      return c.redirect(started.url, 303);
    } catch (error) {
      return backToSignIn(c, error);
    }
  });

  app.get('/api/auth/sso/callback', async (c) => {
    const browserToken = cookie.read(c);
    cookie.clear(c);
    try {
      const query = new URL(c.req.url).searchParams;
      const outcome = await completeSsoSignIn(deps, { query, browserToken }, deps.clientKey(c));
      // In the fragment, which no server or Referer header sees.
      if ('secondStep' in outcome) return c.redirect(`/sign-in#second-step=${outcome.secondStep.token}`, 303);
      deps.sessionCookie.write(c, outcome.token);
      return c.redirect('/', 303);
    } catch (error) {
      return backToSignIn(c, error);
    }
  });

  app.get('/api/workspaces/:workspaceId/sso', async (c) => {
    const user = await deps.currentUser(c);
    return c.json({ sso: await getSsoSettings(deps, user, c.req.param('workspaceId')) });
  });

  app.put('/api/workspaces/:workspaceId/sso', async (c) => {
    const user = await deps.currentUser(c);
    const input = await readJson(c, ssoSettingsInputSchema);
    await saveSsoSettings(deps, user, c.req.param('workspaceId'), input);
    return c.json({ sso: await getSsoSettings(deps, user, c.req.param('workspaceId')) });
  });

  app.delete('/api/workspaces/:workspaceId/sso', async (c) => {
    const user = await deps.currentUser(c);
    await removeSsoSettings(deps, user, c.req.param('workspaceId'));
    return c.body(null, 204);
  });

  app.post('/api/workspaces/:workspaceId/sso/test', async (c) => {
    const user = await deps.currentUser(c);
    const { issuerUrl } = await readJson(c, ssoConnectionTestSchema);
    return c.json(await testSsoConnection(deps, user, c.req.param('workspaceId'), issuerUrl));
  });
}
