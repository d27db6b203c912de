import type { Database } from '../../db/database';
import type { CyclesTable } from '../../db/schema';

export type CycleRow = CyclesTable;

export function createCyclesRepository({ db }: { db: Database }) {
  return {
    async insert(cycle: CycleRow): Promise<void> {
      await db.insertInto('cycles').values(cycle).execute();
    },
    findById(id: string): Promise<CycleRow | undefined> {
      return db.selectFrom('cycles').selectAll().where('id', '=', id).executeTakeFirst();
    },
    listOfLeader(leaderId: string, workspaceId: string): Promise<CycleRow[]> {
      return db
        .selectFrom('cycles')
        .selectAll()
        .where('leader_id', '=', leaderId)
        .where('workspace_id', '=', workspaceId)
        .orderBy('created_at', 'desc')
        .execute();
    },
    async update(
      id: string,
      changes: Partial<Omit<CycleRow, 'id' | 'leader_id' | 'workspace_id'>>,
    ): Promise<void> {
      await db.updateTable('cycles').set(changes).where('id', '=', id).execute();
    },
  };
}

export type CyclesRepository = ReturnType<typeof createCyclesRepository>;
