import type { Database } from '../../db/database';
import type { OutboxTable } from '../../db/schema';

export type OutboxRow = OutboxTable;

export function createMailRepository({ db }: { db: Database }) {
  return {
    async insert(row: OutboxRow): Promise<void> {
      await db.insertInto('outbox').values(row).execute();
    },
    findById(id: string): Promise<OutboxRow | undefined> {
      return db.selectFrom('outbox').selectAll().where('id', '=', id).executeTakeFirst();
    },
    async markSent(id: string, now: Date): Promise<void> {
      await db
        .updateTable('outbox')
        .set((eb) => ({ status: 'sent', sent_at: now.toISOString(), attempts: eb('attempts', '+', 1) }))
        .where('id', '=', id)
        .execute();
    },
    async delete(id: string): Promise<void> {
      await db.deleteFrom('outbox').where('id', '=', id).execute();
    },
    async deleteMany(ids: string[]): Promise<void> {
      if (ids.length > 0) await db.deleteFrom('outbox').where('id', 'in', ids).execute();
    },
    async markAttemptFailed(id: string, error: string): Promise<void> {
      await db
        .updateTable('outbox')
        .set((eb) => ({ attempts: eb('attempts', '+', 1), last_error: error.slice(0, 500) }))
        .where('id', '=', id)
        .execute();
    },
    listForWorkspace(workspaceId: string, limit: number): Promise<OutboxRow[]> {
      return db
        .selectFrom('outbox')
        .selectAll()
        .where('workspace_id', '=', workspaceId)
        .orderBy('created_at', 'desc')
        .limit(limit)
        .execute();
    },
    listWithoutWorkspace(limit: number): Promise<OutboxRow[]> {
      return db
        .selectFrom('outbox')
        .selectAll()
        .where('workspace_id', 'is', null)
        .orderBy('created_at', 'desc')
        .limit(limit)
        .execute();
    },
  };
}

export type MailRepository = ReturnType<typeof createMailRepository>;
