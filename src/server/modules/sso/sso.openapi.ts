import {
  ssoConnectionTestAnswerSchema,
  ssoConnectionTestSchema,
  ssoProvidersAnswerSchema,
  ssoProvidersQuerySchema,
  ssoSettingsAnswerSchema,
  ssoSettingsInputSchema,
} from '../../../shared/sso';
import { noContent, type RouteGroupDoc } from '../../http/openapi/route-doc';

const redirect = {
  description: 'A redirect (303) the browser follows: to the provider, or back to the app.',
};

export const ssoRouteDocs: RouteGroupDoc = {
  name: 'Single sign-on',
  description:
    'OpenID Connect sign-in through the instance’s provider or an organization’s (decision 0034). The sign-in routes are pages a browser follows, not JSON.',
  routes: [
    {
      method: 'get',
      path: '/api/auth/sso/providers',
      summary:
        'The sign-in page’s buttons: the instance’s provider, and an organization’s when asked by its id.',
      access: 'public',
      query: ssoProvidersQuerySchema,
      responses: { 200: { description: 'The providers.', schema: ssoProvidersAnswerSchema } },
    },
    {
      method: 'get',
      path: '/api/auth/sso/:providerId/start',
      summary: 'Start signing in with a provider (`instance` or a workspace id): PKCE, state and nonce.',
      access: 'public',
      responses: { 303: redirect },
    },
    {
      method: 'get',
      path: '/api/auth/sso/callback',
      summary:
        'Where the provider sends the browser back; signs in, or returns to the sign-in page with `sso-error`.',
      access: 'public',
      responses: { 303: redirect },
    },
    {
      method: 'get',
      path: '/api/workspaces/:workspaceId/sso',
      summary: 'The organization’s provider (admins); never the client secret.',
      access: 'session',
      responses: { 200: { description: 'The settings, or null.', schema: ssoSettingsAnswerSchema } },
    },
    {
      method: 'put',
      path: '/api/workspaces/:workspaceId/sso',
      summary: 'Set the organization’s provider (admins); leaving the secret out keeps the stored one.',
      access: 'session',
      body: ssoSettingsInputSchema,
      responses: { 200: { description: 'The saved settings.', schema: ssoSettingsAnswerSchema } },
    },
    {
      method: 'delete',
      path: '/api/workspaces/:workspaceId/sso',
      summary: 'Remove the organization’s provider (admins).',
      access: 'session',
      responses: { 204: noContent },
    },
    {
      method: 'post',
      path: '/api/workspaces/:workspaceId/sso/test',
      summary: 'Fetch an issuer’s discovery document (admins): whether it answered.',
      access: 'session',
      body: ssoConnectionTestSchema,
      responses: { 200: { description: 'Whether discovery worked.', schema: ssoConnectionTestAnswerSchema } },
    },
  ],
};
