import type { Database } from '../../db/database';
import { inSlices } from '../../db/in-slices';
import { newId } from '../../security/tokens';

/** Admin actions, never answers: who did what to which object, and when. */
export type AuditEntry = {
  workspaceId: string | null;
  actorUserId: string | null;
  action: string;
  target: string | null;
};

export function createAuditRepository({ db }: { db: Database }) {
  return {
    async record(entry: AuditEntry, now: Date): Promise<void> {
      await db
        .insertInto('audit_log')
        .values({
          id: newId(),
          workspace_id: entry.workspaceId,
          actor_user_id: entry.actorUserId,
          action: entry.action,
          target: entry.target,
          created_at: now.toISOString(),
        })
        .execute();
    },
    listForWorkspace(workspaceId: string, limit: number) {
      return db
        .selectFrom('audit_log')
        .selectAll()
        .where('workspace_id', '=', workspaceId)
        .orderBy('created_at', 'desc')
        .limit(limit)
        .execute();
    },

    /** Entries in these workspaces keep what was done, no longer to whom (an account that left). */
    async forgetTarget(workspaceIds: readonly string[], target: string): Promise<void> {
      for (const ids of inSlices(workspaceIds)) {
        await db
          .updateTable('audit_log')
          .set({ target: null })
          .where('workspace_id', 'in', ids)
          .where('target', '=', target)
          .execute();
      }
    },
    /** Entries keep what was done, no longer by whom (an account that was deleted). */
    async forgetActor(userId: string): Promise<void> {
      await db
        .updateTable('audit_log')
        .set({ actor_user_id: null })
        .where('actor_user_id', '=', userId)
        .execute();
    },
    async deleteOfWorkspaces(workspaceIds: readonly string[]): Promise<void> {
      for (const ids of inSlices(workspaceIds)) {
        await db.deleteFrom('audit_log').where('workspace_id', 'in', ids).execute();
      }
    },
  };
}
