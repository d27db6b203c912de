import { z } from 'zod';
import type { CurrentUser } from '../../../shared/accounts';
import {
  type ApiToken,
  type ApiTokenList,
  type ApiTokenScope,
  apiTokenScopeSchema,
  type CreateApiTokenInput,
  type CreatedApiToken,
} from '../../../shared/api-tokens';
import { readStoredJson } from '../../db/stored-json';
import type { AppDeps } from '../../deps';
import { forbidden, notFound, unauthenticated } from '../../errors';
import { hashToken, newId, newToken } from '../../security/tokens';
import { currentUserOf } from '../accounts/public.models';
import { enforceRateLimit, rateLimitRules } from '../rate-limits';
import { listMyWorkspaces } from '../workspaces';
import { apiTokenExpiry, apiTokenPrefix, isApiTokenAlive, shouldRecordUse } from './api-tokens.models';
import type { ApiTokenRow } from './api-tokens.repository';

type Deps = Pick<AppDeps, 'repos' | 'now'>;

/** A user acting through a token: the same person, held to the token's scopes. */
type TokenUser = CurrentUser & { tokenScopes: readonly ApiTokenScope[] };

const storedScopes = z.array(apiTokenScopeSchema);

function toApiToken(row: ApiTokenRow): ApiToken {
  return {
    id: row.id,
    name: row.name,
    hint: row.hint,
    scopes: readStoredJson(storedScopes, row.scopes, 'api token scopes'),
    createdAt: row.created_at,
    expiresAt: row.expires_at,
    lastUsedAt: row.last_used_at,
  };
}

async function adminsAnyWorkspace(deps: Deps, user: CurrentUser): Promise<boolean> {
  return (await listMyWorkspaces(deps, user)).some((workspace) => workspace.roles.includes('admin'));
}

export async function listApiTokens(deps: Deps, user: CurrentUser): Promise<ApiTokenList> {
  const rows = await deps.repos.apiTokens.listApiTokens(user.id);
  return { tokens: rows.map(toApiToken), mayUseWorkspaceAdmin: await adminsAnyWorkspace(deps, user) };
}

export async function createApiToken(
  deps: Deps,
  user: CurrentUser,
  input: CreateApiTokenInput,
): Promise<CreatedApiToken> {
  if (input.scopes.includes('workspace-admin') && !(await adminsAnyWorkspace(deps, user))) {
    throw forbidden(
      'not_an_admin',
      'Only an admin of a workspace can give a token the workspace-admin scope.',
      'scopes',
    );
  }
  const token = `${apiTokenPrefix}${newToken()}`;
  const now = deps.now();
  const row: ApiTokenRow = {
    id: newId(),
    user_id: user.id,
    name: input.name,
    token_hash: hashToken(token),
    hint: token.slice(-4),
    // Stored in a fixed order, so two tokens with the same rights read the same.
    scopes: JSON.stringify(apiTokenScopeSchema.options.filter((scope) => input.scopes.includes(scope))),
    created_at: now.toISOString(),
    expires_at: apiTokenExpiry(now, input.expiresInDays).toISOString(),
    last_used_at: null,
  };
  await deps.repos.apiTokens.insertApiToken(row);
  return { token, apiToken: toApiToken(row) };
}

export async function revokeApiToken(deps: Deps, user: CurrentUser, tokenId: string): Promise<void> {
  if (!(await deps.repos.apiTokens.deleteApiToken(user.id, tokenId)))
    throw notFound('api_token_not_found', 'You have no such token. It may have been revoked already.');
}

const invalidToken = () =>
  unauthenticated('This API token is not valid: it is unknown, revoked or expired. Create a new one.');

/** The owner of a presented token, held to its scopes; 401 when unknown, revoked or expired. */
export async function authenticateApiToken(deps: Deps, token: string): Promise<TokenUser> {
  const found = await deps.repos.apiTokens.findApiTokenWithUser(hashToken(token));
  const now = deps.now();
  if (!found || !isApiTokenAlive(new Date(found.expires_at), now)) throw invalidToken();
  // Per token, in the database, so every app process counts the same requests.
  await enforceRateLimit(deps, rateLimitRules.requestsPerApiToken, found.id);
  if (shouldRecordUse(found.last_used_at ? new Date(found.last_used_at) : null, now))
    await deps.repos.apiTokens.recordApiTokenUse(found.id, now);
  return {
    ...currentUserOf({ ...found, id: found.user_id }),
    tokenScopes: readStoredJson(storedScopes, found.scopes, 'api token scopes'),
  };
}
