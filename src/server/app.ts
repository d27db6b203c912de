import type { Context } from 'hono';
import { Hono } from 'hono';
import type { AppDeps } from './deps';
import { notFound } from './errors';
import type { AppEnv, RouteDeps } from './http/app-env';
import { bearerAuth } from './http/bearer-auth';
import { createClientKey } from './http/client-key';
import { compressJson } from './http/compression';
import { createErrorHandler } from './http/error-handler';
import { requestBodyLimit } from './http/request-limits';
import { requestLog } from './http/request-log';
import { knownHostOnly, sameOriginOnly, securityHeaders } from './http/security';
import { createSessionCookie } from './http/session-cookie';
import { registerWebClient } from './http/web-client';
import { registerAccountsRoutes } from './modules/accounts/accounts.routes';
import { requireSessionUser } from './modules/accounts/accounts.usecases';
import { registerAnswersRoutes } from './modules/answers/answers.routes';
import { registerApiDocsRoutes } from './modules/api-docs/api-docs.routes';
import { registerApiTokensRoutes } from './modules/api-tokens/api-tokens.routes';
import { registerAuditRoutes } from './modules/audit/audit.routes';
import { registerCalendarFeedRoutes } from './modules/calendar-feed/calendar-feed.routes';
import { registerChatRoutes } from './modules/chat/chat.routes';
import { registerCoachingRoutes } from './modules/coaching/coaching.routes';
import { registerCyclesRoutes } from './modules/cycles/cycles.routes';
import { registerDataRightsRoutes } from './modules/data-rights/data-rights.routes';
import { registerFollowUpRoutes } from './modules/follow-up/follow-up.routes';
import { registerFrameworksRoutes } from './modules/frameworks/frameworks.routes';
import { registerHealthRoutes } from './modules/health/health.routes';
import { registerMailRoutes } from './modules/mail/mail.routes';
import { registerPlansRoutes } from './modules/plans/plans.routes';
import { registerProgramsRoutes } from './modules/programs/programs.routes';
import { registerProgressRoutes } from './modules/progress/progress.routes';
import { registerPushRoutes } from './modules/push/push.routes';
import { registerReframeRoutes } from './modules/reframe/reframe.routes';
import { registerRelationshipsRoutes } from './modules/relationships/relationships.routes';
import { registerRoundApprovalRoutes } from './modules/rounds/round-approval.routes';
import { registerRoundsRoutes } from './modules/rounds/rounds.routes';
import { registerSourceRoutes } from './modules/source/source.routes';
import { registerSsoRoutes } from './modules/sso/sso.routes';
import { registerStakeholdersRoutes } from './modules/stakeholders/stakeholders.routes';
import { registerTwoFactorRoutes } from './modules/two-factor/two-factor.routes';
import { registerWebhooksRoutes } from './modules/webhooks/webhooks.routes';
import { registerMembersRoutes } from './modules/workspaces/members.routes';
import { registerStakeholderPolicyRoutes } from './modules/workspaces/stakeholder-policy.routes';
import { registerWorkspacesRoutes } from './modules/workspaces/workspaces.routes';
import { newId } from './security/tokens';

export type AppOptions = { webRoot?: string };

/** Builds the whole HTTP app over the given dependencies; it never listens, so tests call app.request(). */
export function createApp(deps: AppDeps, options: AppOptions = {}) {
  const https = deps.config.BASE_URL.startsWith('https:');
  const sessionCookie = createSessionCookie(https, deps.config.SESSION_MAX_DAYS * 86_400);
  const routeDeps: RouteDeps = {
    ...deps,
    sessionCookie,
    currentUser: async (c: Context<AppEnv>) =>
      c.get('tokenUser') ?? (await requireSessionUser(deps, sessionCookie.read(c))),
    clientKey: createClientKey(deps.config.TRUST_PROXY),
  };

  const app = new Hono<AppEnv>();
  app.onError(createErrorHandler(deps.log));
  app.use(requestLog(deps.log, newId));
  app.use(securityHeaders(https));
  // No id or link token holds U+0000, and PostgreSQL refuses it in a query: such a path names nothing.
  app.use((c, next) => {
    if (c.req.path.includes('\u0000')) throw notFound('route_not_found', 'There is no such route.');
    return next();
  });
  app.use(knownHostOnly(deps.config.BASE_URL));
  app.use('/api/*', compressJson());
  app.use('/api/*', bearerAuth(deps));
  app.use('/api/*', sameOriginOnly(deps.config.BASE_URL));
  app.use('/api/*', requestBodyLimit());
  app.use('/api/*', async (c, next) => {
    await next();
    c.header('Cache-Control', 'no-store');
  });

  registerHealthRoutes(app, routeDeps);
  registerMailRoutes(app, routeDeps);
  registerAccountsRoutes(app, routeDeps);
  registerSsoRoutes(app, routeDeps);
  registerWorkspacesRoutes(app, routeDeps);
  registerMembersRoutes(app, routeDeps);
  registerAuditRoutes(app, routeDeps);
  registerStakeholderPolicyRoutes(app, routeDeps);
  registerFrameworksRoutes(app, routeDeps);
  registerStakeholdersRoutes(app, routeDeps);
  registerReframeRoutes(app, routeDeps);
  registerCyclesRoutes(app, routeDeps);
  registerRoundsRoutes(app, routeDeps);
  registerRoundApprovalRoutes(app, routeDeps);
  registerPlansRoutes(app, routeDeps);
  registerFollowUpRoutes(app, routeDeps);
  registerProgressRoutes(app, routeDeps);
  registerProgramsRoutes(app, routeDeps);
  registerRelationshipsRoutes(app, routeDeps);
  registerAnswersRoutes(app, routeDeps);
  registerDataRightsRoutes(app, routeDeps);
  registerTwoFactorRoutes(app, routeDeps);
  registerApiTokensRoutes(app, routeDeps);
  registerWebhooksRoutes(app, routeDeps);
  registerCalendarFeedRoutes(app, routeDeps);
  registerCoachingRoutes(app, routeDeps);
  registerChatRoutes(app, routeDeps);
  registerPushRoutes(app, routeDeps);
  registerSourceRoutes(app, routeDeps);
  registerApiDocsRoutes(app, routeDeps);
  if (options.webRoot) registerWebClient(app, options.webRoot);
  app.notFound((c) =>
    c.json({ error: { code: 'route_not_found', message: 'There is no such route.' } }, 404),
  );
  return app;
}
