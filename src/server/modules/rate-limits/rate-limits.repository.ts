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

    async deleteOlderThan(cutoff: Date): Promise<void> {
      await db.deleteFrom('rate_limits').where('window_start', '<', cutoff.toISOString()).execute();
    },
  };
}

export type RateLimitsRepository = ReturnType<typeof createRateLimitsRepository>;
