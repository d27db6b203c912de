import type { Database } from '../../db/database';

export function createChatRepository({ db }: { db: Database }) {
  return {
    findChatWebhook(userId: string) {
      return db.selectFrom('chat_webhooks').selectAll().where('user_id', '=', userId).executeTakeFirst();
    },
    /** One per person: pasting another URL replaces the first. */
    async saveChatWebhook(row: { user_id: string; service: string; url: string; created_at: string }) {
      await db
        .insertInto('chat_webhooks')
        .values(row)
        .onConflict((conflict) =>
          conflict
            .column('user_id')
            .doUpdateSet({ service: row.service, url: row.url, created_at: row.created_at }),
        )
        .execute();
    },
    async deleteChatWebhook(userId: string): Promise<void> {
      await db.deleteFrom('chat_webhooks').where('user_id', '=', userId).execute();
    },
  };
}
