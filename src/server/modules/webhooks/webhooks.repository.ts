import type { Database } from '../../db/database';
import type { WebhookDeliveriesTable, WebhooksTable } from '../../db/schema';

export type WebhookRow = WebhooksTable;
export type WebhookDeliveryRow = WebhookDeliveriesTable;

/** The newest deliveries shown per webhook; older ones stay until housekeeping deletes them (a month) or the webhook goes. */
const deliveriesShown = 50;

export function createWebhooksRepository({ db }: { db: Database }) {
  return {
    async insertWebhook(row: WebhookRow): Promise<void> {
      await db.insertInto('webhooks').values(row).execute();
    },
    listWebhooks(userId: string): Promise<WebhookRow[]> {
      return db
        .selectFrom('webhooks')
        .selectAll()
        .where('user_id', '=', userId)
        .orderBy('created_at')
        .orderBy('id')
        .execute();
    },
    async countWebhooks(userId: string): Promise<number> {
      const row = await db
        .selectFrom('webhooks')
        .select((eb) => eb.fn.countAll<string | number>().as('count'))
        .where('user_id', '=', userId)
        .executeTakeFirstOrThrow();
      return Number(row.count);
    },
    findOwnWebhook(userId: string, id: string): Promise<WebhookRow | undefined> {
      return db
        .selectFrom('webhooks')
        .selectAll()
        .where('id', '=', id)
        .where('user_id', '=', userId)
        .executeTakeFirst();
    },
    async setEnabled(id: string, enabled: boolean): Promise<void> {
      await db
        .updateTable('webhooks')
        .set({ enabled: enabled ? 1 : 0 })
        .where('id', '=', id)
        .execute();
    },
    async deleteWebhook(id: string): Promise<void> {
      await db.deleteFrom('webhooks').where('id', '=', id).execute();
    },
    /** A delivery is made once per id, so an event announced twice is delivered once. */
    async insertDelivery(row: WebhookDeliveryRow): Promise<boolean> {
      const inserted = await db
        .insertInto('webhook_deliveries')
        .values(row)
        .onConflict((conflict) => conflict.column('id').doNothing())
        .returning('id')
        .executeTakeFirst();
      return inserted !== undefined;
    },
    listDeliveries(webhookId: string): Promise<WebhookDeliveryRow[]> {
      return db
        .selectFrom('webhook_deliveries')
        .selectAll()
        .where('webhook_id', '=', webhookId)
        .orderBy('created_at', 'desc')
        .orderBy('id', 'desc')
        .limit(deliveriesShown)
        .execute();
    },
    findDeliveryWithWebhook(id: string) {
      return db
        .selectFrom('webhook_deliveries')
        .innerJoin('webhooks', 'webhooks.id', 'webhook_deliveries.webhook_id')
        .select([
          'webhook_deliveries.id',
          'webhook_deliveries.event',
          'webhook_deliveries.body',
          'webhook_deliveries.status',
          'webhook_deliveries.attempts',
          'webhooks.url',
          'webhooks.secret',
          'webhooks.enabled',
        ])
        .where('webhook_deliveries.id', '=', id)
        .executeTakeFirst();
    },
    async recordAttempt(
      id: string,
      attempt: Pick<
        WebhookDeliveryRow,
        'status' | 'attempts' | 'response_code' | 'last_error' | 'last_attempt_at'
      >,
    ): Promise<void> {
      await db.updateTable('webhook_deliveries').set(attempt).where('id', '=', id).execute();
    },
    async markSkipped(id: string): Promise<void> {
      await db.updateTable('webhook_deliveries').set({ status: 'skipped' }).where('id', '=', id).execute();
    },
    /** Every delivery to the owner's webhooks, oldest first: the account export's log. */
    listDeliveriesOfOwner(userId: string) {
      return db
        .selectFrom('webhook_deliveries')
        .innerJoin('webhooks', 'webhooks.id', 'webhook_deliveries.webhook_id')
        .select([
          'webhook_deliveries.webhook_id',
          'webhook_deliveries.event',
          'webhook_deliveries.status',
          'webhook_deliveries.attempts',
          'webhook_deliveries.response_code',
          'webhook_deliveries.created_at',
          'webhook_deliveries.last_attempt_at',
        ])
        .where('webhooks.user_id', '=', userId)
        .orderBy('webhook_deliveries.created_at')
        .orderBy('webhook_deliveries.id')
        .execute();
    },
    /** Deliveries made at or before the cutoff, of every webhook; how many went. */
    async deleteDeliveriesCreatedBefore(cutoff: Date): Promise<number> {
      const result = await db
        .deleteFrom('webhook_deliveries')
        .where('created_at', '<=', cutoff.toISOString())
        .executeTakeFirst();
      return Number(result.numDeletedRows);
    },
  };
}
