import type { Database } from '../../db/database';

export function createFrameworksRepository({ db }: { db: Database }) {
  return {
    find(workspaceId: string) {
      return db
        .selectFrom('workspace_frameworks')
        .select(['framework', 'updated_at'])
        .where('workspace_id', '=', workspaceId)
        .executeTakeFirst();
    },
    /** One framework per workspace: importing again replaces it. */
    async save(workspaceId: string, framework: string, now: Date): Promise<void> {
      const updatedAt = now.toISOString();
      await db
        .insertInto('workspace_frameworks')
        .values({ workspace_id: workspaceId, framework, updated_at: updatedAt })
        .onConflict((conflict) =>
          conflict.column('workspace_id').doUpdateSet({ framework, updated_at: updatedAt }),
        )
        .execute();
    },
    async remove(workspaceId: string): Promise<boolean> {
      const result = await db
        .deleteFrom('workspace_frameworks')
        .where('workspace_id', '=', workspaceId)
        .executeTakeFirst();
      return Number(result.numDeletedRows) > 0;
    },
  };
}
