import type { Database } from '../../db/database';

export function createCalendarFeedRepository({ db }: { db: Database }) {
  return {
    findFeedOfUser(userId: string) {
      return db.selectFrom('calendar_feeds').selectAll().where('user_id', '=', userId).executeTakeFirst();
    },
    findFeedByTokenHash(tokenHash: string) {
      return db
        .selectFrom('calendar_feeds')
        .selectAll()
        .where('token_hash', '=', tokenHash)
        .executeTakeFirst();
    },
    /** One feed per person: a new token replaces the old one in the same statement, revoking it. */
    async replaceFeed(userId: string, tokenHash: string, now: Date): Promise<void> {
      await db
        .insertInto('calendar_feeds')
        .values({ user_id: userId, token_hash: tokenHash, created_at: now.toISOString() })
        .onConflict((conflict) =>
          conflict.column('user_id').doUpdateSet({ token_hash: tokenHash, created_at: now.toISOString() }),
        )
        .execute();
    },
    async deleteFeed(userId: string): Promise<void> {
      await db.deleteFrom('calendar_feeds').where('user_id', '=', userId).execute();
    },
    listEventVersions(userId: string) {
      return db
        .selectFrom('calendar_event_versions')
        .select(['uid', 'fingerprint', 'sequence'])
        .where('user_id', '=', userId)
        .execute();
    },
    /** Only ever raises a SEQUENCE: two readers at once cannot lower what a calendar has seen. */
    async saveEventVersion(userId: string, version: { uid: string; fingerprint: string; sequence: number }) {
      await db
        .insertInto('calendar_event_versions')
        .values({ user_id: userId, ...version })
        .onConflict((conflict) =>
          conflict
            .columns(['user_id', 'uid'])
            .doUpdateSet({ fingerprint: version.fingerprint, sequence: version.sequence })
            .where('calendar_event_versions.sequence', '<', version.sequence),
        )
        .execute();
    },
  };
}
