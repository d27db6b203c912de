import { sql } from 'kysely';
import type { RelationshipGroup } from '../../../shared/questions';
import type { Database } from '../../db/database';
import type { RoundApprovalsTable } from '../../db/schema';

export type RoundApprovalRow = RoundApprovalsTable;
export type RoundDecision = Pick<
  RoundApprovalRow,
  'status' | 'decided_at' | 'decided_by' | 'decline_reason' | 'round_id'
>;

export function createRoundApprovalsRepository({ db }: { db: Database }) {
  return {
    /**
     * Records the waiting list; false when the cycle already has one waiting (the partial unique
     * index decides, so two requests at once cannot both wait). The predicate is a literal because
     * an engine matches it to the index by its text.
     */
    async insertWaiting(approval: RoundApprovalRow, stakeholderIds: readonly string[]): Promise<boolean> {
      const inserted = await db
        .insertInto('round_approvals')
        .values(approval)
        .onConflict((conflict) =>
          conflict.column('cycle_id').where('status', '=', sql.lit('waiting')).doNothing(),
        )
        .returning('id')
        .executeTakeFirst();
      if (!inserted) return false;
      await db
        .insertInto('round_approval_people')
        .values(
          stakeholderIds.map((stakeholderId) => ({
            approval_id: approval.id,
            stakeholder_id: stakeholderId,
          })),
        )
        .execute();
      return true;
    },
    /** With its cycle's workspace and leader, which decide who may approve it. */
    find(id: string) {
      return db
        .selectFrom('round_approvals')
        .innerJoin('cycles', 'cycles.id', 'round_approvals.cycle_id')
        .selectAll('round_approvals')
        .select(['cycles.workspace_id', 'cycles.leader_id'])
        .where('round_approvals.id', '=', id)
        .executeTakeFirst();
    },
    findWaitingOfCycle(cycleId: string): Promise<RoundApprovalRow | undefined> {
      return db
        .selectFrom('round_approvals')
        .selectAll()
        .where('cycle_id', '=', cycleId)
        .where('status', '=', 'waiting')
        .executeTakeFirst();
    },
    latestOfCycle(cycleId: string): Promise<RoundApprovalRow | undefined> {
      return db
        .selectFrom('round_approvals')
        .selectAll()
        .where('cycle_id', '=', cycleId)
        .orderBy('requested_at', 'desc')
        .orderBy('id', 'desc')
        .executeTakeFirst();
    },
    listWaitingOfWorkspace(workspaceId: string) {
      return db
        .selectFrom('round_approvals')
        .innerJoin('cycles', 'cycles.id', 'round_approvals.cycle_id')
        .innerJoin('users', 'users.id', 'cycles.leader_id')
        .selectAll('round_approvals')
        .select(['users.name as leader_name', 'cycles.leader_id'])
        .where('cycles.workspace_id', '=', workspaceId)
        .where('round_approvals.status', '=', 'waiting')
        .orderBy('round_approvals.requested_at')
        .execute();
    },
    listPeople(approvalId: string) {
      return db
        .selectFrom('round_approval_people')
        .innerJoin('stakeholders', 'stakeholders.id', 'round_approval_people.stakeholder_id')
        .select([
          'stakeholders.id',
          'stakeholders.name',
          'stakeholders.email',
          'stakeholders.relationship_group',
        ])
        .$narrowType<{ relationship_group: RelationshipGroup }>()
        .where('round_approval_people.approval_id', '=', approvalId)
        .execute();
    },
    /** Decides a waiting list once: false when someone else decided it first. */
    async decide(id: string, decision: RoundDecision): Promise<boolean> {
      const result = await db
        .updateTable('round_approvals')
        .set(decision)
        .where('id', '=', id)
        .where('status', '=', 'waiting')
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },
    /** Puts an approved list back to waiting when opening its round failed. */
    async reopen(id: string): Promise<void> {
      await db
        .updateTable('round_approvals')
        .set({ status: 'waiting', decided_at: null, decided_by: null })
        .where('id', '=', id)
        .where('round_id', 'is', null)
        .execute();
    },
    async linkRound(id: string, roundId: string): Promise<void> {
      await db.updateTable('round_approvals').set({ round_id: roundId }).where('id', '=', id).execute();
    },
  };
}
