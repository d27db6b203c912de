import { type ApiTokenList, type CreatedApiToken, createApiTokenSchema } from '../../shared/api-tokens';
import { apiDelete, apiGet, apiPost } from '../api';
import { errorsFromFailure, type FormResult, failed, outOfDateForm, readForm, validate } from '../forms';

export async function integrationsLoader({ request }: { request: Request }) {
  return { tokens: await apiGet<ApiTokenList>('/api/tokens', { request }) };
}

/** A created token comes back in the answer to its form, the only time it is ever shown. */
export type TokenResult = FormResult & { created?: CreatedApiToken };

export const tokenIntents = { create: 'token-create', revoke: 'token-revoke' } as const;
const tokenInputs = ['name', 'scopes', 'expiresInDays'] as const;

/** The form's read/read-write choice and admin box, as the scopes the API takes. */
function scopesOf(values: Record<string, string>): string[] {
  const scopes =
    values.access === 'read-write' ? ['read', 'write'] : values.access === 'read' ? ['read'] : [];
  return values.workspaceAdmin === 'on' ? [...scopes, 'workspace-admin'] : scopes;
}

async function createToken(request: Request, values: Record<string, string>): Promise<TokenResult> {
  const input = { name: values.name, scopes: scopesOf(values), expiresInDays: values.expiresInDays };
  const checked = validate(createApiTokenSchema, input, tokenInputs);
  if ('errors' in checked) return failed(checked.errors);
  try {
    return { ok: true, created: await apiPost<CreatedApiToken>('/api/tokens', checked.data, { request }) };
  } catch (error) {
    return failed(errorsFromFailure(error, tokenInputs));
  }
}

async function revokeToken(request: Request, values: Record<string, string>): Promise<TokenResult> {
  try {
    await apiDelete(`/api/tokens/${encodeURIComponent(values.tokenId ?? '')}`, { request });
    return { ok: true, message: `The token “${values.name}” was revoked. Scripts using it now get 401.` };
  } catch (error) {
    return failed(errorsFromFailure(error, []));
  }
}

export async function integrationsAction({ request }: { request: Request }): Promise<TokenResult> {
  const values = await readForm(request);
  if (values.intent === tokenIntents.create) return createToken(request, values);
  if (values.intent === tokenIntents.revoke) return revokeToken(request, values);
  return failed(outOfDateForm);
}
