import type { Database } from '../../db/database';
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
  };
}

export type AuditRepository = ReturnType<typeof createAuditRepository>;
