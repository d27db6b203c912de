import type { RelationshipGroup } from '../../../shared/questions';
import type { Database } from '../../db/database';
import type { StakeholdersTable } from '../../db/schema';

export type StakeholderRow = Omit<StakeholdersTable, 'relationship_group'> & {
  relationship_group: RelationshipGroup;
};
// Written only through the shared schemas, so the column holds nothing but these groups.
type Narrowed = { relationship_group: RelationshipGroup };
export type StakeholderChanges = Pick<StakeholderRow, 'name' | 'email' | 'relationship_group'>;

export function createStakeholdersRepository({ db }: { db: Database }) {
  function ofLeader(leaderId: string, workspaceId: string) {
    return db
      .selectFrom('stakeholders')
      .where('leader_id', '=', leaderId)
      .where('workspace_id', '=', workspaceId);
  }

  return {
    listOfLeader(leaderId: string, workspaceId: string): Promise<StakeholderRow[]> {
      return ofLeader(leaderId, workspaceId).selectAll().$narrowType<Narrowed>().execute();
    },
    /** Only the owner finds it: another leader's stakeholder id looks exactly like a missing one. */
    findOwned(id: string, leaderId: string): Promise<StakeholderRow | undefined> {
      return db
        .selectFrom('stakeholders')
        .selectAll()
        .where('id', '=', id)
        .where('leader_id', '=', leaderId)
        .$narrowType<Narrowed>()
        .executeTakeFirst();
    },
    /** For rounds: the leader's own stakeholders among `ids`; ids of anyone else's are left out. */
    findStakeholdersOfLeader(leaderId: string, workspaceId: string, ids: readonly string[]) {
      if (ids.length === 0) return Promise.resolve([]);
      return ofLeader(leaderId, workspaceId)
        .select(['id', 'name', 'email', 'relationship_group'])
        .$narrowType<Narrowed>()
        .where('id', 'in', [...ids])
        .execute();
    },
    /** In slices, so a long pasted list stays well under each engine's limit on bound parameters. */
    async insertMany(rows: readonly StakeholderRow[]): Promise<void> {
      for (let start = 0; start < rows.length; start += 500) {
        await db
          .insertInto('stakeholders')
          .values(rows.slice(start, start + 500))
          .execute();
      }
    },
    async update(id: string, changes: StakeholderChanges): Promise<void> {
      await db.updateTable('stakeholders').set(changes).where('id', '=', id).execute();
    },
    /** Their invitations stay (answers already given stay too), but no longer lead to them or their address. */
    async delete(id: string): Promise<void> {
      await db
        .updateTable('round_invitations')
        .set({ mailed_to: null })
        .where('stakeholder_id', '=', id)
        .execute();
      await db.deleteFrom('stakeholders').where('id', '=', id).execute();
    },

    /** Every stakeholder of the leader, in every workspace, oldest first (for the data export). */
    listAllOfLeader(leaderId: string) {
      return db
        .selectFrom('stakeholders')
        .select(['id', 'workspace_id', 'name', 'email', 'relationship_group', 'created_at'])
        .where('leader_id', '=', leaderId)
        .orderBy('created_at')
        .execute();
    },
    /** A leader leaving an organization takes their own with them into their personal workspace. */
    async moveLeaderBetweenWorkspaces(leaderId: string, fromWorkspaceId: string, toWorkspaceId: string) {
      await db
        .updateTable('stakeholders')
        .set({ workspace_id: toWorkspaceId })
        .where('leader_id', '=', leaderId)
        .where('workspace_id', '=', fromWorkspaceId)
        .execute();
    },
    async deleteAllOfLeader(leaderId: string): Promise<void> {
      await db.deleteFrom('stakeholders').where('leader_id', '=', leaderId).execute();
    },
  };
}
