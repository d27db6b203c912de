import type { Database, DatabaseEngine } from '../../db/database';
import { inSlices } from '../../db/in-slices';
import type { ResponsesTable, RoundInvitationsTable, RoundsTable } from '../../db/schema';
import { type UniqueIndex, writeUnlessDuplicate } from '../../db/unique-violation';
import type { InvitedGroups } from './round-responses.models';

export type RoundRow = RoundsTable;
export type RoundInvitationRow = RoundInvitationsTable;
export type ResponseRow = ResponsesTable;

// Both from migration 0007: the database, not a check before the write, settles two requests at once.
const oneOpenRoundPerCycle: UniqueIndex = {
  name: 'rounds_one_open_per_cycle',
  table: 'rounds',
  columns: ['cycle_id'],
};
const oneInvitationPerPerson: UniqueIndex = {
  name: 'round_invitations_one_per_person',
  table: 'round_invitations',
  columns: ['round_id', 'stakeholder_id'],
};
const oneInvitationPerInbox: UniqueIndex = {
  name: 'round_invitations_one_per_inbox',
  table: 'round_invitations',
  columns: ['round_id', 'inbox_key'],
};

export function createRoundsRepository({ db, engine }: { db: Database; engine: DatabaseEngine }) {
  return {
    /** False, and the transaction spoiled, when the round is open and its cycle already has an open one. */
    insertRound(round: RoundRow): Promise<boolean> {
      return writeUnlessDuplicate(oneOpenRoundPerCycle, () =>
        db.insertInto('rounds').values(round).execute(),
      );
    },
    findRound(id: string): Promise<RoundRow | undefined> {
      return db.selectFrom('rounds').selectAll().where('id', '=', id).executeTakeFirst();
    },
    listRoundsOfCycle(cycleId: string): Promise<RoundRow[]> {
      return db
        .selectFrom('rounds')
        .selectAll()
        .where('cycle_id', '=', cycleId)
        .orderBy('opened_at')
        .execute();
    },
    /** Several cycles' rounds in one statement, each cycle's in the order they opened. */
    async listRoundsOfCycles(cycleIds: readonly string[]): Promise<RoundRow[]> {
      if (cycleIds.length === 0) return [];
      return db
        .selectFrom('rounds')
        .selectAll()
        .where('cycle_id', 'in', cycleIds)
        .orderBy('cycle_id')
        .orderBy('opened_at')
        .execute();
    },
    /** Closes only an open round, in one statement, so two closers (user and job) cannot both act. */
    async closeRound(id: string, now: Date): Promise<boolean> {
      const result = await db
        .updateTable('rounds')
        .set({ status: 'closed', closed_at: now.toISOString() })
        .where('id', '=', id)
        .where('status', '=', 'open')
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },
    async markThanked(id: string, thanks: { note: string; recipients: number }, now: Date): Promise<boolean> {
      const result = await db
        .updateTable('rounds')
        .set({
          thanked_at: now.toISOString(),
          thank_you_note: thanks.note,
          thank_you_recipients: thanks.recipients,
        })
        .where('id', '=', id)
        .where('thanked_at', 'is', null)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },

    /**
     * A mailed invitation gets its personal token; one the leader hands out gets none. False, and
     * the transaction spoiled, when this person is already invited to the round.
     */
    async insertInvitation(invitation: RoundInvitationRow, tokenHash: string | null): Promise<boolean> {
      const inserted = await writeUnlessDuplicate([oneInvitationPerPerson, oneInvitationPerInbox], () =>
        db.insertInto('round_invitations').values(invitation).execute(),
      );
      if (!inserted) return false;
      if (tokenHash === null) return true;
      await db
        .insertInto('invitation_tokens')
        .values({ token_hash: tokenHash, invitation_id: invitation.id })
        .execute();
      return true;
    },
    /** A token row keeps no time: it must not tell when its invitation was reminded. */
    async addInvitationToken(invitationId: string, tokenHash: string): Promise<void> {
      await db
        .insertInto('invitation_tokens')
        .values({ token_hash: tokenHash, invitation_id: invitationId })
        .execute();
    },
    /** In the order of their random ids: stable, and unrelated to who answered or when. */
    listInvitations(roundId: string): Promise<RoundInvitationRow[]> {
      return db
        .selectFrom('round_invitations')
        .selectAll()
        .where('round_id', '=', roundId)
        .orderBy('id')
        .execute();
    },
    async countInvitations(roundId: string): Promise<number> {
      const row = await db
        .selectFrom('round_invitations')
        .select((eb) => eb.fn.countAll<string | number>().as('count'))
        .where('round_id', '=', roundId)
        .executeTakeFirstOrThrow();
      return Number(row.count);
    },
    /** How many people of each group were invited, whether or not they answered or were removed since. */
    async countInvitationsByGroup(roundId: string): Promise<InvitedGroups> {
      const rows = await db
        .selectFrom('round_invitations')
        .select(['relationship_group', (eb) => eb.fn.countAll<string | number>().as('count')])
        .where('round_id', '=', roundId)
        .groupBy('relationship_group')
        .execute();
      return Object.fromEntries(rows.map((row) => [row.relationship_group, Number(row.count)]));
    },
    /**
     * Per round of the list, how many responses it holds and whom it asked by group: what tells a
     * kept release of a closed round whether it still stands (progress), in two indexed reads for
     * all of a cycle's rounds.
     */
    async countsOfRounds(
      roundIds: readonly string[],
    ): Promise<Map<string, { responses: number; invited: InvitedGroups }>> {
      const counts = new Map<string, { responses: number; invited: Record<string, number> }>(
        roundIds.map((id) => [id, { responses: 0, invited: {} }]),
      );
      for (const ids of inSlices(roundIds)) {
        const responses = await db
          .selectFrom('responses')
          .select(['round_id', (eb) => eb.fn.countAll<string | number>().as('count')])
          .where('round_id', 'in', ids)
          .groupBy('round_id')
          .execute();
        for (const row of responses) {
          const entry = counts.get(row.round_id);
          if (entry) entry.responses = Number(row.count);
        }
        const invitations = await db
          .selectFrom('round_invitations')
          .select(['round_id', 'relationship_group', (eb) => eb.fn.countAll<string | number>().as('count')])
          .where('round_id', 'in', ids)
          .groupBy(['round_id', 'relationship_group'])
          .execute();
        for (const row of invitations) {
          const entry = counts.get(row.round_id);
          if (entry) entry.invited[row.relationship_group] = Number(row.count);
        }
      }
      return counts;
    },
    /**
     * Whom to remind: open invitations that were mailed, at the address they were mailed to, never
     * the stakeholder's current one (the leader may have pointed it elsewhere). A person handed their
     * group's link has no address here, and no answered flag to go by. Never shown to the leader.
     */
    async listUnansweredMailed(roundId: string): Promise<{ id: string; mailedTo: string }[]> {
      const rows = await db
        .selectFrom('round_invitations')
        .select(['id', 'mailed_to'])
        .where('round_id', '=', roundId)
        .where('answered', '=', 0)
        .where('mailed_to', 'is not', null)
        .execute();
      return rows.map((row) => ({ id: row.id, mailedTo: row.mailed_to as string }));
    },
    /**
     * For the thank-you note: each person asked, with the address their invitation was mailed to
     * (null when the link went by hand), never the stakeholder's current one.
     */
    listInvitationsToThank(roundId: string): Promise<{ name: string; email: string | null }[]> {
      return db
        .selectFrom('round_invitations')
        .innerJoin('stakeholders', 'stakeholders.id', 'round_invitations.stakeholder_id')
        .select(['stakeholders.name', 'round_invitations.mailed_to as email'])
        .where('round_invitations.round_id', '=', roundId)
        .orderBy('stakeholders.name')
        .orderBy('stakeholders.id')
        .execute();
    },
    /** Everyone invited to the round, answered or not, at their current address: the team an announcement tells. */
    listInvitedStakeholders(roundId: string) {
      return db
        .selectFrom('round_invitations')
        .innerJoin('stakeholders', 'stakeholders.id', 'round_invitations.stakeholder_id')
        .select(['stakeholders.id', 'stakeholders.name', 'stakeholders.email'])
        .where('round_invitations.round_id', '=', roundId)
        .orderBy('stakeholders.name')
        .orderBy('stakeholders.id')
        .execute();
    },
    /**
     * Claims a reminder slot for the whole round, once: the same mark for everyone asked, so no row
     * says who was reminded when. Returns false when the slot was already sent.
     */
    async claimReminderSlot(roundId: string, slot: number): Promise<boolean> {
      const result = await db
        .insertInto('round_reminders')
        .values({ round_id: roundId, slot })
        .onConflict((conflict) => conflict.columns(['round_id', 'slot']).doNothing())
        .executeTakeFirst();
      return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
    },

    /**
     * Takes the round's row lock for the rest of the transaction and reads the round as it now is,
     * so answers to one round are stored one after another and none lands after the close (which
     * updates this row). PostgreSQL locks the row. SQLite writes one transaction at a time: within
     * a process Kysely's single connection already queues them, and writing first takes the file's
     * write lock at once, so another process's close waits too.
     */
    async lockRound(roundId: string): Promise<Pick<RoundRow, 'status' | 'closes_at'> | undefined> {
      const current = db.selectFrom('rounds').select(['status', 'closes_at']).where('id', '=', roundId);
      if (engine === 'postgres') return current.forUpdate().executeTakeFirst();
      await db
        .updateTable('rounds')
        .set((eb) => ({ status: eb.ref('status') }))
        .where('id', '=', roundId)
        .execute();
      return current.executeTakeFirst();
    },
    async insertResponse(response: ResponseRow): Promise<void> {
      await db.insertInto('responses').values(response).execute();
    },
    /** Rewrites all of a round's responses in the given order, so storage order is not arrival order. */
    async replaceResponses(roundId: string, rows: ResponseRow[]): Promise<void> {
      await db.deleteFrom('responses').where('round_id', '=', roundId).execute();
      if (rows.length > 0) await db.insertInto('responses').values(rows).execute();
    },
    listResponses(roundId: string): Promise<ResponseRow[]> {
      return db.selectFrom('responses').selectAll().where('round_id', '=', roundId).execute();
    },
    async countResponses(roundId: string): Promise<number> {
      const row = await db
        .selectFrom('responses')
        .select((eb) => eb.fn.countAll<string | number>().as('count'))
        .where('round_id', '=', roundId)
        .executeTakeFirstOrThrow();
      return Number(row.count);
    },

    /** Every round of the leader's cycles, in the order they opened (for the data export). */
    listRoundsOfLeader(leaderId: string): Promise<RoundRow[]> {
      return db
        .selectFrom('rounds')
        .innerJoin('cycles', 'cycles.id', 'rounds.cycle_id')
        .selectAll('rounds')
        .where('cycles.leader_id', '=', leaderId)
        .orderBy('rounds.opened_at')
        .execute();
    },
    /** Every round of the leader's cycles, with their responses, invitations and link tokens. */
    async deleteRoundsOfLeader(leaderId: string): Promise<void> {
      const cycleIds = (
        await db.selectFrom('cycles').select('id').where('leader_id', '=', leaderId).execute()
      ).map((row) => row.id);
      const roundIds: string[] = [];
      for (const ids of inSlices(cycleIds)) {
        const rows = await db.selectFrom('rounds').select('id').where('cycle_id', 'in', ids).execute();
        roundIds.push(...rows.map((row) => row.id));
      }
      for (const ids of inSlices(roundIds)) {
        await db.deleteFrom('responses').where('round_id', 'in', ids).execute();
        const invitations = db.selectFrom('round_invitations').select('id').where('round_id', 'in', ids);
        await db.deleteFrom('invitation_tokens').where('invitation_id', 'in', invitations).execute();
        await db.deleteFrom('round_invitations').where('round_id', 'in', ids).execute();
        await db.deleteFrom('rounds').where('id', 'in', ids).execute();
      }
    },

    /** Closed rounds of the workspace whose close lies before the cutoff (for retention). */
    listRoundsClosedBefore(workspaceId: string, cutoff: Date) {
      return db
        .selectFrom('rounds')
        .innerJoin('cycles', 'cycles.id', 'rounds.cycle_id')
        .select(['rounds.id', 'rounds.questions'])
        .where('cycles.workspace_id', '=', workspaceId)
        .where('rounds.status', '=', 'closed')
        .where('rounds.closed_at', '<', cutoff.toISOString())
        .execute();
    },
    listResponseAnswers(roundId: string) {
      return db.selectFrom('responses').select(['id', 'answers']).where('round_id', '=', roundId).execute();
    },
    async updateResponseAnswers(responseId: string, answers: string): Promise<void> {
      await db.updateTable('responses').set({ answers }).where('id', '=', responseId).execute();
    },
  };
}
