import { z } from 'zod';
import { singleLineText } from './plain-text';

/**
 * read: GET requests; write: also POST, PUT and DELETE; workspace-admin: what an admin of a workspace
 * may do there (members, invitations, settings), on top of read or write.
 */
export const apiTokenScopes = ['read', 'write', 'workspace-admin'] as const;
export const apiTokenScopeSchema = z.enum(apiTokenScopes, {
  message: 'Scopes must be read, write or workspace-admin',
});
export type ApiTokenScope = z.infer<typeof apiTokenScopeSchema>;

export const apiTokenExpiryDays = [7, 30, 90, 365] as const;

export const createApiTokenSchema = z.object({
  name: singleLineText(
    'Name',
    z
      .string({ message: 'Name is required' })
      .trim()
      .min(1, { message: 'Name is required' })
      .max(80, { message: 'Name must be at most 80 characters' }),
  ),
  scopes: z
    .array(apiTokenScopeSchema, { message: 'Scopes are required' })
    .max(apiTokenScopes.length)
    .refine((scopes) => scopes.includes('read') || scopes.includes('write'), {
      message: 'Scopes must include read or write',
    })
    .refine((scopes) => new Set(scopes).size === scopes.length, { message: 'Scopes must not repeat' }),
  expiresInDays: z.coerce
    .number({ message: 'Expiry is required' })
    .refine((days) => (apiTokenExpiryDays as readonly number[]).includes(days), {
      message: `Expiry must be ${apiTokenExpiryDays.join(', ')} days`,
    }),
});
export type CreateApiTokenInput = z.infer<typeof createApiTokenSchema>;

export const apiTokenSchema = z.object({
  id: z.string(),
  name: z.string(),
  /** The token's last four characters. */
  hint: z.string(),
  scopes: z.array(apiTokenScopeSchema),
  createdAt: z.string(),
  expiresAt: z.string(),
  lastUsedAt: z.string().nullable(),
});
export type ApiToken = z.infer<typeof apiTokenSchema>;

export const apiTokenListSchema = z.object({
  tokens: z.array(apiTokenSchema),
  /** Whether the owner admins a workspace, so may give a token the workspace-admin scope. */
  mayUseWorkspaceAdmin: z.boolean(),
});
export type ApiTokenList = z.infer<typeof apiTokenListSchema>;

/** The one answer that holds the token itself; it is never shown again. */
export const createdApiTokenSchema = z.object({ token: z.string(), apiToken: apiTokenSchema });
export type CreatedApiToken = z.infer<typeof createdApiTokenSchema>;
