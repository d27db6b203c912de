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
    /** The cycles started in a program (decision 0042), oldest first. */
    listOfProgram(programId: string): Promise<CycleRow[]> {
      return db
        .selectFrom('cycles')
        .selectAll()
        .where('program_id', '=', programId)
        .orderBy('created_at')
        .orderBy('id')
        .execute();
    },
    async update(
      id: string,
      changes: Partial<Omit<CycleRow, 'id' | 'leader_id' | 'workspace_id'>>,
    ): Promise<void> {
      await db.updateTable('cycles').set(changes).where('id', '=', id).execute();
    },

    /** Every cycle of the leader, in every workspace, oldest first (for the data export). */
    listAllOfLeader(leaderId: string): Promise<CycleRow[]> {
      return db
        .selectFrom('cycles')
        .selectAll()
        .where('leader_id', '=', leaderId)
        .orderBy('created_at')
        .execute();
    },
    /**
     * Every cycle of the leader, once its rounds are gone. Tables added later that hang off cycles
     * (commitments, announcements, check-ins, reminders, follow-up) go by their ON DELETE CASCADE.
     */
    /** A leader leaving an organization takes their own with them into their personal workspace. */
    async moveLeaderBetweenWorkspaces(leaderId: string, fromWorkspaceId: string, toWorkspaceId: string) {
      await db
        .updateTable('cycles')
        .set({ workspace_id: toWorkspaceId })
        .where('leader_id', '=', leaderId)
        .where('workspace_id', '=', fromWorkspaceId)
        .execute();
    },
    async deleteAllOfLeader(leaderId: string): Promise<void> {
      await db.deleteFrom('cycles').where('leader_id', '=', leaderId).execute();
    },
  };
}
