import type { Database } from '../../db/database';
import type { UsersTable } from '../../db/schema';
import { type UniqueIndex, writeUnlessDuplicate } from '../../db/unique-violation';

export type UserRow = UsersTable;

// PostgreSQL names a column's own unique constraint <table>_<column>_key.
const oneAccountPerEmail: UniqueIndex = { name: 'users_email_key', table: 'users', columns: ['email'] };

export function createAccountsRepository({ db }: { db: Database }) {
  return {
    /** False, and the transaction spoiled, when another account took this email first. */
    insertUser(user: UserRow): Promise<boolean> {
      return writeUnlessDuplicate(oneAccountPerEmail, () => db.insertInto('users').values(user).execute());
    },
    findUserByEmail(email: string): Promise<UserRow | undefined> {
      return db.selectFrom('users').selectAll().where('email', '=', email).executeTakeFirst();
    },
    async anyUserExists(): Promise<boolean> {
      return (await db.selectFrom('users').select('id').limit(1).executeTakeFirst()) !== undefined;
    },
    findUserById(id: string): Promise<UserRow | undefined> {
      return db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
    },
    /** The zone the leader chose for their calendar rules (decision 0032). */
    async updateTimeZone(userId: string, timeZone: string): Promise<void> {
      await db.updateTable('users').set({ time_zone: timeZone }).where('id', '=', userId).execute();
    },
    /** The language the leader reads the app and their own mails in (decision 0052). */
    async updateLanguage(userId: string, language: string): Promise<void> {
      await db.updateTable('users').set({ language }).where('id', '=', userId).execute();
    },
    async updatePasswordHash(userId: string, passwordHash: string): Promise<void> {
      await db.updateTable('users').set({ password_hash: passwordHash }).where('id', '=', userId).execute();
    },

    async insertSession(session: {
      idHash: string;
      userId: string;
      now: Date;
      expiresAt: Date;
    }): Promise<void> {
      await db
        .insertInto('sessions')
        .values({
          id_hash: session.idHash,
          user_id: session.userId,
          created_at: session.now.toISOString(),
          last_seen_at: session.now.toISOString(),
          expires_at: session.expiresAt.toISOString(),
        })
        .execute();
    },
    findSessionWithUser(idHash: string) {
      return db
        .selectFrom('sessions')
        .innerJoin('users', 'users.id', 'sessions.user_id')
        .select([
          'sessions.id_hash',
          'sessions.created_at',
          'sessions.last_seen_at',
          'users.id as user_id',
          'users.email',
          'users.name',
          'users.email_verified_at',
          'users.language',
        ])
        .where('sessions.id_hash', '=', idHash)
        .executeTakeFirst();
    },
    async touchSession(idHash: string, now: Date): Promise<void> {
      await db
        .updateTable('sessions')
        .set({ last_seen_at: now.toISOString() })
        .where('id_hash', '=', idHash)
        .execute();
    },
    async deleteSession(idHash: string): Promise<void> {
      await db.deleteFrom('sessions').where('id_hash', '=', idHash).execute();
    },
    async deleteSessionsOfUser(userId: string): Promise<void> {
      await db.deleteFrom('sessions').where('user_id', '=', userId).execute();
    },
    /** Sessions idle since `seenBy` or created by `createdBy`: what isSessionAlive refuses. */
    async deleteDeadSessions(seenBy: Date, createdBy: Date): Promise<number> {
      const result = await db
        .deleteFrom('sessions')
        .where((eb) =>
          eb.or([
            eb('last_seen_at', '<=', seenBy.toISOString()),
            eb('created_at', '<=', createdBy.toISOString()),
          ]),
        )
        .executeTakeFirst();
      return Number(result.numDeletedRows);
    },

    async insertEmailVerification(verification: {
      tokenHash: string;
      userId: string;
      outboxId: string;
      now: Date;
      expiresAt: Date;
    }): Promise<void> {
      await db
        .insertInto('email_verifications')
        .values({
          token_hash: verification.tokenHash,
          user_id: verification.userId,
          outbox_id: verification.outboxId,
          created_at: verification.now.toISOString(),
          expires_at: verification.expiresAt.toISOString(),
          used_at: null,
        })
        .execute();
    },
    /** Uses the link up in the same statement that checks it, so it works exactly once. */
    async consumeEmailVerification(tokenHash: string, now: Date): Promise<string | undefined> {
      const row = await db
        .updateTable('email_verifications')
        .set({ used_at: now.toISOString() })
        .where('token_hash', '=', tokenHash)
        .where('used_at', 'is', null)
        .where('expires_at', '>', now.toISOString())
        .returning('user_id')
        .executeTakeFirst();
      return row?.user_id;
    },
    /**
     * Marks the address confirmed and ends every other link of the account; returns the messages
     * that carried them, whose links are dead now.
     */
    async markEmailVerified(userId: string, now: Date): Promise<string[]> {
      await db
        .updateTable('users')
        .set({ email_verified_at: now.toISOString() })
        .where('id', '=', userId)
        .where('email_verified_at', 'is', null)
        .execute();
      await db
        .updateTable('email_verifications')
        .set({ used_at: now.toISOString() })
        .where('user_id', '=', userId)
        .where('used_at', 'is', null)
        .execute();
      const rows = await db
        .selectFrom('email_verifications')
        .select('outbox_id')
        .where('user_id', '=', userId)
        .execute();
      return rows.map((row) => row.outbox_id);
    },

    /** Links that can no longer confirm an address: used, or expired by `now`. Returns the messages that carried them. */
    async deleteSpentEmailVerifications(now: Date): Promise<string[]> {
      const rows = await db
        .deleteFrom('email_verifications')
        .where((eb) => eb.or([eb('used_at', 'is not', null), eb('expires_at', '<=', now.toISOString())]))
        .returning('outbox_id')
        .execute();
      return rows.map((row) => row.outbox_id);
    },

    async insertPasswordReset(reset: { tokenHash: string; userId: string; now: Date; expiresAt: Date }) {
      await db
        .insertInto('password_resets')
        .values({
          token_hash: reset.tokenHash,
          user_id: reset.userId,
          created_at: reset.now.toISOString(),
          expires_at: reset.expiresAt.toISOString(),
          used_at: null,
        })
        .execute();
    },
    /** The account a reset link may still set a password for, without using the link up. */
    async findUsablePasswordReset(tokenHash: string, now: Date): Promise<string | undefined> {
      const row = await db
        .selectFrom('password_resets')
        .select('user_id')
        .where('token_hash', '=', tokenHash)
        .where('used_at', 'is', null)
        .where('expires_at', '>', now.toISOString())
        .executeTakeFirst();
      return row?.user_id;
    },
    /** Ends every reset link of the account still open, so none of the older ones works afterwards. */
    async endPasswordResetsOfUser(userId: string, now: Date): Promise<void> {
      await db
        .updateTable('password_resets')
        .set({ used_at: now.toISOString() })
        .where('user_id', '=', userId)
        .where('used_at', 'is', null)
        .execute();
    },
    /** Marks the link used in the same statement that checks it, so it works exactly once. */
    async consumePasswordReset(tokenHash: string, now: Date): Promise<string | undefined> {
      const row = await db
        .updateTable('password_resets')
        .set({ used_at: now.toISOString() })
        .where('token_hash', '=', tokenHash)
        .where('used_at', 'is', null)
        .where('expires_at', '>', now.toISOString())
        .returning('user_id')
        .executeTakeFirst();
      return row?.user_id;
    },
    /** Reset links that can no longer set a password: used, or expired by `now`. */
    async deleteSpentPasswordResets(now: Date): Promise<number> {
      const result = await db
        .deleteFrom('password_resets')
        .where((eb) => eb.or([eb('used_at', 'is not', null), eb('expires_at', '<=', now.toISOString())]))
        .executeTakeFirst();
      return Number(result.numDeletedRows);
    },

    /** For erasing an account: its sessions, reset and confirmation links, then (last) the account itself. */
    async deleteCredentialsOfUser(userId: string): Promise<void> {
      await db.deleteFrom('sessions').where('user_id', '=', userId).execute();
      await db.deleteFrom('password_resets').where('user_id', '=', userId).execute();
    },
    async deleteEmailVerificationsOfUser(userId: string): Promise<void> {
      await db.deleteFrom('email_verifications').where('user_id', '=', userId).execute();
    },
    async deleteUser(userId: string): Promise<void> {
      await db.deleteFrom('users').where('id', '=', userId).execute();
    },
  };
}
