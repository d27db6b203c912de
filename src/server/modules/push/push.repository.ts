import type { Database } from '../../db/database';
import type { PushSubscriptionsTable, ServerKeysTable } from '../../db/schema';

export function createPushRepository({ db }: { db: Database }) {
  return {
    findServerKey(name: string) {
      return db.selectFrom('server_keys').selectAll().where('name', '=', name).executeTakeFirst();
    },
    /** The first process to make a key keeps it; the others read that one back. */
    async insertServerKeyIfAbsent(row: ServerKeysTable): Promise<void> {
      await db
        .insertInto('server_keys')
        .values(row)
        .onConflict((conflict) => conflict.column('name').doNothing())
        .execute();
    },
    listSubscriptions(userId: string) {
      return db
        .selectFrom('push_subscriptions')
        .selectAll()
        .where('user_id', '=', userId)
        .orderBy('created_at')
        .orderBy('id')
        .execute();
    },
    findSubscription(id: string) {
      return db.selectFrom('push_subscriptions').selectAll().where('id', '=', id).executeTakeFirst();
    },
    /** One row per browser endpoint: subscribing again, or as someone else on that browser, moves it. */
    async saveSubscription(row: PushSubscriptionsTable) {
      await db
        .insertInto('push_subscriptions')
        .values(row)
        .onConflict((conflict) =>
          conflict.column('endpoint').doUpdateSet({
            user_id: row.user_id,
            p256dh: row.p256dh,
            auth: row.auth,
            created_at: row.created_at,
          }),
        )
        .execute();
      return db
        .selectFrom('push_subscriptions')
        .selectAll()
        .where('endpoint', '=', row.endpoint)
        .executeTakeFirstOrThrow();
    },
    async deleteSubscription(id: string, userId: string): Promise<boolean> {
      const result = await db
        .deleteFrom('push_subscriptions')
        .where('id', '=', id)
        .where('user_id', '=', userId)
        .executeTakeFirst();
      return Number(result.numDeletedRows) > 0;
    },
    async deleteSubscriptionById(id: string): Promise<void> {
      await db.deleteFrom('push_subscriptions').where('id', '=', id).execute();
    },
  };
}
