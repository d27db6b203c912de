import type { Database } from '../../db/database';
import type { SsoSignInsTable, WorkspaceSsoTable } from '../../db/schema';

export type WorkspaceSsoRow = WorkspaceSsoTable;
export type SsoSignInRow = SsoSignInsTable;

export function createSsoRepository({ db }: { db: Database }) {
  return {
    findSettings(workspaceId: string): Promise<WorkspaceSsoRow | undefined> {
      return db
        .selectFrom('workspace_sso')
        .selectAll()
        .where('workspace_id', '=', workspaceId)
        .executeTakeFirst();
    },

    async saveSettings(row: WorkspaceSsoRow): Promise<void> {
      await db
        .insertInto('workspace_sso')
        .values(row)
        .onConflict((conflict) =>
          conflict.column('workspace_id').doUpdateSet({
            provider_name: row.provider_name,
            issuer_url: row.issuer_url,
            client_id: row.client_id,
            client_secret_sealed: row.client_secret_sealed,
            email_domains: row.email_domains,
            password_sign_in_off: row.password_sign_in_off,
            updated_at: row.updated_at,
          }),
        )
        .execute();
    },

    async deleteSettings(workspaceId: string): Promise<void> {
      await db.deleteFrom('workspace_sso').where('workspace_id', '=', workspaceId).execute();
    },

    /** The organizations of an account that have a provider, with the account's role in each. */
    listSsoOfMemberships(userId: string) {
      return db
        .selectFrom('memberships')
        .innerJoin('workspace_sso', 'workspace_sso.workspace_id', 'memberships.workspace_id')
        .select([
          'memberships.workspace_id',
          'memberships.role',
          'workspace_sso.provider_name',
          'workspace_sso.password_sign_in_off',
        ])
        .where('memberships.user_id', '=', userId)
        .execute();
    },

    async insertSignIn(row: SsoSignInRow): Promise<void> {
      await db.insertInto('sso_sign_ins').values(row).execute();
    },

    /** Deletes and returns the sign-in in one statement: a state comes back once, never twice. */
    takeSignIn(stateHash: string): Promise<SsoSignInRow | undefined> {
      return db
        .deleteFrom('sso_sign_ins')
        .where('state_hash', '=', stateHash)
        .returningAll()
        .executeTakeFirst();
    },

    async deleteExpiredSignIns(now: Date): Promise<number> {
      const result = await db
        .deleteFrom('sso_sign_ins')
        .where('expires_at', '<=', now.toISOString())
        .executeTakeFirst();
      return Number(result.numDeletedRows);
    },
  };
}
