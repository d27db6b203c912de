import type { Database } from '../../db/database';
import type { ApiTokensTable } from '../../db/schema';

export type ApiTokenRow = ApiTokensTable;

export function createApiTokensRepository({ db }: { db: Database }) {
  return {
    async insertApiToken(row: ApiTokenRow): Promise<void> {
      await db.insertInto('api_tokens').values(row).execute();
    },
    listApiTokens(userId: string): Promise<ApiTokenRow[]> {
      return db
        .selectFrom('api_tokens')
        .selectAll()
        .where('user_id', '=', userId)
        .orderBy('created_at', 'desc')
        .orderBy('id')
        .execute();
    },
    /** The token with its owner, who must still exist; by hash, as presented. */
    findApiTokenWithUser(tokenHash: string) {
      return db
        .selectFrom('api_tokens')
        .innerJoin('users', 'users.id', 'api_tokens.user_id')
        .select([
          'api_tokens.id',
          'api_tokens.scopes',
          'api_tokens.expires_at',
          'api_tokens.last_used_at',
          'users.id as user_id',
          'users.email',
          'users.name',
          'users.email_verified_at',
          'users.language',
        ])
        .where('api_tokens.token_hash', '=', tokenHash)
        .executeTakeFirst();
    },
    async recordApiTokenUse(id: string, now: Date): Promise<void> {
      await db
        .updateTable('api_tokens')
        .set({ last_used_at: now.toISOString() })
        .where('id', '=', id)
        .execute();
    },
    /** False when the owner has no such token (or it is someone else's). */
    async deleteApiToken(userId: string, id: string): Promise<boolean> {
      const result = await db
        .deleteFrom('api_tokens')
        .where('id', '=', id)
        .where('user_id', '=', userId)
        .executeTakeFirst();
      return Number(result.numDeletedRows) > 0;
    },
    /** Tokens expired at or before the cutoff, of every owner; how many went. */
    async deleteExpiredBefore(cutoff: Date): Promise<number> {
      const result = await db
        .deleteFrom('api_tokens')
        .where('expires_at', '<=', cutoff.toISOString())
        .executeTakeFirst();
      return Number(result.numDeletedRows);
    },
  };
}
