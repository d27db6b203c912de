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
    async currentVersion(workspaceId: string): Promise<number> {
      const row = await db
        .selectFrom('framework_versions')
        .select((eb) => eb.fn.max('version').as('version'))
        .where('workspace_id', '=', workspaceId)
        .executeTakeFirst();
      return Number(row?.version ?? 0);
    },
    async insertVersion(version: {
      workspaceId: string;
      version: number;
      framework: string;
      summary: string;
      createdBy: string;
      createdAt: Date;
    }): Promise<void> {
      await db
        .insertInto('framework_versions')
        .values({
          workspace_id: version.workspaceId,
          version: version.version,
          framework: version.framework,
          summary: version.summary,
          created_by: version.createdBy,
          created_at: version.createdAt.toISOString(),
        })
        .execute();
    },
    listVersions(workspaceId: string) {
      return db
        .selectFrom('framework_versions')
        .leftJoin('users', 'users.id', 'framework_versions.created_by')
        .select([
          'framework_versions.version',
          'framework_versions.summary',
          'framework_versions.created_at',
          'users.name as author',
        ])
        .where('framework_versions.workspace_id', '=', workspaceId)
        .orderBy('framework_versions.version', 'desc')
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
