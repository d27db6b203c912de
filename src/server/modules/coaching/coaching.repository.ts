import type { Database } from '../../db/database';
import type { CoachingCommentsTable, CoachingSharesTable, CoachingsTable } from '../../db/schema';

export type CoachingRow = CoachingsTable;

/** Consent rows, comments and shares. Every read a coach makes of a leader is in coachee-reads.repository.ts. */
export function createCoachingRepository({ db }: { db: Database }) {
  return {
    async insertCoaching(row: CoachingRow): Promise<void> {
      await db.insertInto('coachings').values(row).execute();
    },
    findLive(workspaceId: string, leaderId: string, coachEmail: string) {
      return db
        .selectFrom('coachings')
        .selectAll()
        .where('workspace_id', '=', workspaceId)
        .where('leader_id', '=', leaderId)
        .where('coach_email', '=', coachEmail)
        .where('status', 'in', ['invited', 'active'])
        .executeTakeFirst();
    },
    findByTokenHash(tokenHash: string) {
      return db.selectFrom('coachings').selectAll().where('token_hash', '=', tokenHash).executeTakeFirst();
    },
    /** The leader's own consent row, whatever its status; undefined for anyone else's id. */
    findOfLeader(coachingId: string, leaderId: string) {
      return db
        .selectFrom('coachings')
        .selectAll()
        .where('id', '=', coachingId)
        .where('leader_id', '=', leaderId)
        .executeTakeFirst();
    },
    /** Whether the invitation is still open is decided by this statement, so two accepts cannot both win. */
    async activate(coachingId: string, coachId: string, now: Date): Promise<boolean> {
      const result = await db
        .updateTable('coachings')
        .set({ status: 'active', coach_id: coachId, accepted_at: now.toISOString(), token_hash: null })
        .where('id', '=', coachingId)
        .where('status', '=', 'invited')
        .where('expires_at', '>', now.toISOString())
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },
    async end(coachingId: string, leaderId: string, now: Date): Promise<CoachingRow | undefined> {
      return db
        .updateTable('coachings')
        .set({ status: 'revoked', ended_at: now.toISOString(), token_hash: null })
        .where('id', '=', coachingId)
        .where('leader_id', '=', leaderId)
        .where('status', 'in', ['invited', 'active'])
        .returningAll()
        .executeTakeFirst();
    },
    listOfLeader(leaderId: string) {
      return db
        .selectFrom('coachings')
        .innerJoin('workspaces', 'workspaces.id', 'coachings.workspace_id')
        .leftJoin('users as coach', 'coach.id', 'coachings.coach_id')
        .selectAll('coachings')
        .select(['workspaces.name as workspace_name', 'coach.name as coach_name'])
        .where('coachings.leader_id', '=', leaderId)
        .orderBy('coachings.invited_at', 'desc')
        .execute();
    },

    listComments(coachingId: string) {
      return db
        .selectFrom('coaching_comments')
        .selectAll()
        .where('coaching_id', '=', coachingId)
        .orderBy('created_at')
        .orderBy('id')
        .execute();
    },
    async insertLeaderComment(row: Omit<CoachingCommentsTable, 'author'>): Promise<void> {
      await db
        .insertInto('coaching_comments')
        .values({ ...row, author: 'leader' })
        .execute();
    },
    /**
     * Written only while the consent is active, decided in the same statement: a comment sent as the
     * leader revokes lands either before the revocation or not at all.
     */
    async insertCoachComment(row: Omit<CoachingCommentsTable, 'author'>, coachId: string): Promise<boolean> {
      const result = await db
        .insertInto('coaching_comments')
        .columns(['id', 'coaching_id', 'author', 'body', 'created_at'])
        .expression((eb) =>
          eb
            .selectFrom('coachings')
            .select([
              eb.val(row.id).as('id'),
              'coachings.id as coaching_id',
              eb.val('coach').as('author'),
              eb.val(row.body).as('body'),
              eb.val(row.created_at).as('created_at'),
            ])
            .where('coachings.id', '=', row.coaching_id)
            .where('coachings.coach_id', '=', coachId)
            .where('coachings.status', '=', 'active'),
        )
        .returning('id')
        .executeTakeFirst();
      return result !== undefined;
    },

    async insertShare(row: CoachingSharesTable): Promise<void> {
      await db
        .insertInto('coaching_shares')
        .values(row)
        .onConflict((conflict) => conflict.columns(['coaching_id', 'item_kind', 'item_ref']).doNothing())
        .execute();
    },
    findShare(coachingId: string, kind: CoachingSharesTable['item_kind'], ref: string) {
      return db
        .selectFrom('coaching_shares')
        .select('id')
        .where('coaching_id', '=', coachingId)
        .where('item_kind', '=', kind)
        .where('item_ref', '=', ref)
        .executeTakeFirst();
    },
    async deleteShare(shareId: string, coachingId: string): Promise<boolean> {
      const result = await db
        .deleteFrom('coaching_shares')
        .where('id', '=', shareId)
        .where('coaching_id', '=', coachingId)
        .executeTakeFirst();
      return Number(result.numDeletedRows) === 1;
    },
    listShares(coachingId: string) {
      return db.selectFrom('coaching_shares').selectAll().where('coaching_id', '=', coachingId).execute();
    },
  };
}
