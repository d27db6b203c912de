import type { Database } from '../../db/database';
import { inSlices } from '../../db/in-slices';
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
    /**
     * Counts one send in `hour` unless `cap` were already counted there, in one statement, so
     * processes sending at once never pass the cap together (PostgreSQL re-checks the condition on
     * the row as the other transaction left it). Answers whether this send may go. Earlier hours'
     * counts are of no more use and are deleted.
     */
    async takeSendSlot(hour: string, cap: number): Promise<boolean> {
      await db.deleteFrom('mail_sends_per_hour').where('hour', '<', hour).execute();
      const row = await db
        .insertInto('mail_sends_per_hour')
        .values({ hour, sends: 1, cap_logged: 0 })
        .onConflict((conflict) =>
          conflict
            .column('hour')
            .doUpdateSet((eb) => ({ sends: eb('mail_sends_per_hour.sends', '+', 1) }))
            .where('mail_sends_per_hour.sends', '<', cap),
        )
        .returning('sends')
        .executeTakeFirst();
      return row !== undefined;
    },
    /** True for the one caller, across processes, that first notes the cap reached in `hour`. */
    async noteCapReached(hour: string): Promise<boolean> {
      const result = await db
        .updateTable('mail_sends_per_hour')
        .set({ cap_logged: 1 })
        .where('hour', '=', hour)
        .where('cap_logged', '=', 0)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) > 0;
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

    /** The messages queued for an account, found by the account, never by their text. */
    async deleteOutboxOfAccount(accountId: string): Promise<void> {
      await db.deleteFrom('outbox').where('account_id', '=', accountId).execute();
    },
    /** Messages to `address` from these workspaces: in those an account leaves, its invitation mail names it. */
    async deleteOutboxTo(workspaceIds: readonly string[], address: string): Promise<void> {
      for (const ids of inSlices(workspaceIds)) {
        await db
          .deleteFrom('outbox')
          .where('workspace_id', 'in', ids)
          .where('to_address', '=', address)
          .execute();
      }
    },
  };
}

export type MailRepository = ReturnType<typeof createMailRepository>;
