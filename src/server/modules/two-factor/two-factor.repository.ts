import { sql } from 'kysely';
import type { Database } from '../../db/database';

const changed = (result: { numUpdatedRows: bigint } | { numDeletedRows: bigint } | undefined) =>
  result !== undefined && ('numUpdatedRows' in result ? result.numUpdatedRows : result.numDeletedRows) > 0n;

export function createTwoFactorRepository({ db }: { db: Database }) {
  return {
    findSecret(userId: string) {
      return db.selectFrom('two_factor_secrets').selectAll().where('user_id', '=', userId).executeTakeFirst();
    },

    async isEnabled(userId: string): Promise<boolean> {
      const row = await db
        .selectFrom('two_factor_secrets')
        .select('user_id')
        .where('user_id', '=', userId)
        .where('confirmed_at', 'is not', null)
        .executeTakeFirst();
      return row !== undefined;
    },

    /** A new secret to enroll with; an enrolled account's secret is never replaced this way. */
    async saveUnconfirmedSecret(userId: string, secret: string, now: Date): Promise<boolean> {
      const row = await db
        .insertInto('two_factor_secrets')
        .values({
          user_id: userId,
          secret,
          created_at: now.toISOString(),
          confirmed_at: null,
          last_used_step: null,
        })
        .onConflict((conflict) =>
          conflict
            .column('user_id')
            .doUpdateSet({ secret, created_at: now.toISOString(), last_used_step: null })
            .where('two_factor_secrets.confirmed_at', 'is', null),
        )
        .returning('user_id')
        .executeTakeFirst();
      return row !== undefined;
    },

    /** Only the secret that was checked, only once: two confirmations at once cannot both win. */
    async confirm(userId: string, secret: string, step: number, now: Date): Promise<boolean> {
      const result = await db
        .updateTable('two_factor_secrets')
        .set({ confirmed_at: now.toISOString(), last_used_step: step })
        .where('user_id', '=', userId)
        .where('secret', '=', secret)
        .where('confirmed_at', 'is', null)
        .executeTakeFirst();
      return changed(result);
    },

    /** Takes a code's step only if it is later than every step used before, in one statement. */
    async takeStep(userId: string, step: number): Promise<boolean> {
      const result = await db
        .updateTable('two_factor_secrets')
        .set({ last_used_step: step })
        .where('user_id', '=', userId)
        .where('confirmed_at', 'is not', null)
        .where((eb) => eb.or([eb('last_used_step', 'is', null), eb('last_used_step', '<', step)]))
        .executeTakeFirst();
      return changed(result);
    },

    async replaceRecoveryCodes(userId: string, codeHashes: string[], now: Date): Promise<void> {
      await db.deleteFrom('two_factor_recovery_codes').where('user_id', '=', userId).execute();
      await db
        .insertInto('two_factor_recovery_codes')
        .values(
          codeHashes.map((code_hash) => ({
            code_hash,
            user_id: userId,
            created_at: now.toISOString(),
            used_at: null,
          })),
        )
        .execute();
    },

    async spendRecoveryCode(userId: string, codeHash: string, now: Date): Promise<boolean> {
      const result = await db
        .updateTable('two_factor_recovery_codes')
        .set({ used_at: now.toISOString() })
        .where('user_id', '=', userId)
        .where('code_hash', '=', codeHash)
        .where('used_at', 'is', null)
        .executeTakeFirst();
      return changed(result);
    },

    async countRecoveryCodesLeft(userId: string): Promise<number> {
      const row = await db
        .selectFrom('two_factor_recovery_codes')
        .select((eb) => eb.fn.countAll<number | string>().as('left'))
        .where('user_id', '=', userId)
        .where('used_at', 'is', null)
        .executeTakeFirstOrThrow();
      return Number(row.left);
    },

    async remove(userId: string): Promise<void> {
      await db.deleteFrom('two_factor_recovery_codes').where('user_id', '=', userId).execute();
      await db.deleteFrom('two_factor_secrets').where('user_id', '=', userId).execute();
      await db.deleteFrom('pending_sign_ins').where('user_id', '=', userId).execute();
    },

    async insertPendingSignIn(row: {
      tokenHash: string;
      userId: string;
      passwordOk: boolean;
      now: Date;
      expiresAt: Date;
    }) {
      await db
        .insertInto('pending_sign_ins')
        .values({
          token_hash: row.tokenHash,
          user_id: row.userId,
          password_ok: row.passwordOk ? 1 : 0,
          attempts: 0,
          created_at: row.now.toISOString(),
          expires_at: row.expiresAt.toISOString(),
        })
        .execute();
    },

    /** Counts one code attempt on a live pending sign-in, in one statement; undefined when none is left. */
    async takeSecondStepAttempt(tokenHash: string, now: Date, maxAttempts: number) {
      const row = await db
        .updateTable('pending_sign_ins')
        .set({ attempts: sql`attempts + 1` })
        .where('token_hash', '=', tokenHash)
        .where('expires_at', '>', now.toISOString())
        .where('attempts', '<', maxAttempts)
        .returning(['user_id', 'password_ok'])
        .executeTakeFirst();
      return row && { userId: row.user_id, passwordOk: row.password_ok === 1 };
    },

    /** Used up by the sign-in it completes; true for the one request that did. */
    async deletePendingSignIn(tokenHash: string): Promise<boolean> {
      return changed(
        await db.deleteFrom('pending_sign_ins').where('token_hash', '=', tokenHash).executeTakeFirst(),
      );
    },

    async deleteExpiredPendingSignIns(now: Date): Promise<number> {
      const result = await db
        .deleteFrom('pending_sign_ins')
        .where('expires_at', '<=', now.toISOString())
        .executeTakeFirst();
      return Number(result.numDeletedRows);
    },

    /** What an account's export says of its two-step sign-in: never the secret or a code. */
    async exportRows(userId: string) {
      const secret = await db
        .selectFrom('two_factor_secrets')
        .select(['created_at', 'confirmed_at'])
        .where('user_id', '=', userId)
        .executeTakeFirst();
      const codes = await db
        .selectFrom('two_factor_recovery_codes')
        .select(['created_at', 'used_at'])
        .where('user_id', '=', userId)
        .orderBy('created_at')
        .execute();
      return { secret, codes };
    },
  };
}
