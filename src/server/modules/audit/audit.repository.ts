import type { AuditFilter } from '../../../shared/audit';
import type { Database } from '../../db/database';
import { inSlices } from '../../db/in-slices';
import { newId } from '../../security/tokens';

/** Admin actions, never answers: who did what to which object, and when. */
export type AuditEntry = {
  workspaceId: string | null;
  actorUserId: string | null;
  action: string;
  target: string | null;
  /** What the action set (a role, a version, a setting's value); never answer content. */
  detail?: string | null;
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
          detail: entry.detail ?? null,
          created_at: now.toISOString(),
        })
        .execute();
    },
    /** Newest first, with the acting account's name where it still exists. */
    search(workspaceId: string, filter: AuditFilter, limit: number) {
      return (
        db
          .selectFrom('audit_log')
          .leftJoin('users', 'users.id', 'audit_log.actor_user_id')
          .select([
            'audit_log.id',
            'audit_log.created_at',
            'audit_log.action',
            'audit_log.actor_user_id',
            'audit_log.target',
            'audit_log.detail',
            'users.name as actor_name',
            'users.email as actor_email',
          ])
          .where('audit_log.workspace_id', '=', workspaceId)
          .$if(Boolean(filter.action), (q) => q.where('audit_log.action', '=', filter.action ?? ''))
          .$if(Boolean(filter.actor), (q) => q.where('audit_log.actor_user_id', '=', filter.actor ?? ''))
          // Dates are whole UTC days: from its first instant, to the first instant after `to`.
          .$if(Boolean(filter.from), (q) =>
            q.where('audit_log.created_at', '>=', `${filter.from}T00:00:00.000Z`),
          )
          .$if(Boolean(filter.to), (q) => q.where('audit_log.created_at', '<', dayAfter(filter.to ?? '')))
          .orderBy('audit_log.created_at', 'desc')
          .orderBy('audit_log.id')
          .limit(limit)
          .execute()
      );
    },
    async actionsOf(workspaceId: string): Promise<string[]> {
      const rows = await db
        .selectFrom('audit_log')
        .select('action')
        .distinct()
        .where('workspace_id', '=', workspaceId)
        .orderBy('action')
        .execute();
      return rows.map((row) => row.action);
    },
    actorsOf(workspaceId: string) {
      return db
        .selectFrom('audit_log')
        .innerJoin('users', 'users.id', 'audit_log.actor_user_id')
        .select(['users.id as userId', 'users.name'])
        .distinct()
        .where('audit_log.workspace_id', '=', workspaceId)
        .orderBy('users.name')
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

function dayAfter(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00.000Z`) + 86_400_000).toISOString();
}
