import { sql } from 'kysely';
import type { Database } from '../../db/database';

export function createRateLimitsRepository({ db }: { db: Database }) {
  return {
    /**
     * Counts one hit in a fixed window in a single upsert, so several app processes share the
     * count through the database. Returns the hits in the current window, this one included.
     */
    async hit(key: string, windowMs: number, now: Date): Promise<number> {
      const nowText = now.toISOString();
      const windowOpenedBefore = new Date(now.getTime() - windowMs).toISOString();
      const row = await db
        .insertInto('rate_limits')
        .values({ key, window_start: nowText, hits: 1 })
        .onConflict((conflict) =>
          conflict.column('key').doUpdateSet((eb) => ({
            hits: eb
              .case()
              .when('rate_limits.window_start', '<', windowOpenedBefore)
              .then(1)
              .else(eb('rate_limits.hits', '+', 1))
              .end(),
            window_start: eb
              .case()
              .when('rate_limits.window_start', '<', windowOpenedBefore)
              .then(nowText)
              .else(eb.ref('rate_limits.window_start'))
              .end(),
          })),
        )
        .returning('hits')
        .executeTakeFirstOrThrow();
      return Number(row.hits);
    },

    /**
     * Takes `amount` from a fixed-window allowance of `limit` in a single upsert, only if it fits;
     * false, and nothing taken, when it does not.
     */
    async take(key: string, windowMs: number, now: Date, amount: number, limit: number): Promise<boolean> {
      if (amount > limit) return false;
      const nowText = now.toISOString();
      const windowOpenedBefore = new Date(now.getTime() - windowMs).toISOString();
      const expired = sql<boolean>`rate_limits.window_start < ${windowOpenedBefore}`;
      const row = await db
        .insertInto('rate_limits')
        .values({ key, window_start: nowText, hits: amount })
        .onConflict((conflict) =>
          conflict
            .column('key')
            .doUpdateSet({
              hits: sql`case when ${expired} then ${amount} else rate_limits.hits + ${amount} end`,
              window_start: sql`case when ${expired} then ${nowText} else rate_limits.window_start end`,
            })
            .where(sql<boolean>`${expired} or rate_limits.hits + ${amount} <= ${limit}`),
        )
        .returning('hits')
        .executeTakeFirst();
      return row !== undefined;
    },

    /** Windows opened before `cutoff`; a later hit would have started them afresh anyway. */
    async deleteOlderThan(cutoff: Date): Promise<number> {
      const result = await db
        .deleteFrom('rate_limits')
        .where('window_start', '<', cutoff.toISOString())
        .executeTakeFirst();
      return Number(result.numDeletedRows);
    },

    async deleteKeys(keys: readonly string[]): Promise<void> {
      if (keys.length > 0) await db.deleteFrom('rate_limits').where('key', 'in', keys).execute();
    },
  };
}
