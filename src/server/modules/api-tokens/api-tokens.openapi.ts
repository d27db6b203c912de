import { apiTokenListSchema, createApiTokenSchema, createdApiTokenSchema } from '../../../shared/api-tokens';
import { noContent, type RouteGroupDoc } from '../../http/openapi/route-doc';

export const apiTokensRouteDocs: RouteGroupDoc = {
  name: 'API tokens',
  description:
    'Personal API tokens, for scripting your own data; made and revoked only from a signed-in browser.',
  routes: [
    {
      method: 'get',
      path: '/api/tokens',
      summary: "The signed-in person's tokens (never the tokens themselves).",
      access: 'session',
      responses: { 200: { description: 'The tokens.', schema: apiTokenListSchema } },
    },
    {
      method: 'post',
      path: '/api/tokens',
      summary: 'Make a token; the answer holds it, once.',
      access: 'session',
      body: createApiTokenSchema,
      responses: { 201: { description: 'Made.', schema: createdApiTokenSchema } },
    },
    {
      method: 'delete',
      path: '/api/tokens/:tokenId',
      summary: 'Revoke a token.',
      access: 'session',
      responses: { 204: noContent },
    },
  ],
};
