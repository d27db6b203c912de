import type { WorkspaceRole } from '../../../shared/workspaces';
import type { Database } from '../../db/database';

/** What goes when an account is deleted, worked out by the use case before the transaction. */
export type AccountErasure = {
  userId: string;
  email: string;
  name: string;
  /** Workspaces nobody else belongs to; they go whole. */
  workspaceIds: string[];
  /** Organizations the account leaves; what they hold addressed to it (its invitation) goes. */
  leftWorkspaceIds: string[];
  /** Rate-limit keys derived from the email (they are hashes, but still the account's). */
  rateLimitKeys: string[];
};

const slice = <T>(items: readonly T[], size = 200) =>
  Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size));

export function createDataRightsRepository({ db }: { db: Database }) {
  return {
    async membershipOverview(userId: string) {
      const rows = await db
        .selectFrom('memberships as mine')
        .innerJoin('workspaces', 'workspaces.id', 'mine.workspace_id')
        .select((eb) => [
          'workspaces.id as workspaceId',
          'workspaces.name',
          'workspaces.kind',
          'mine.role',
          eb
            .selectFrom('memberships as other')
            .select((inner) => inner.fn.count<string | number>('other.user_id').distinct().as('n'))
            .whereRef('other.workspace_id', '=', 'mine.workspace_id')
            .where('other.user_id', '!=', userId)
            .as('otherMembers'),
          eb
            .selectFrom('memberships as other')
            .select((inner) => inner.fn.count<string | number>('other.user_id').distinct().as('n'))
            .whereRef('other.workspace_id', '=', 'mine.workspace_id')
            .where('other.user_id', '!=', userId)
            .where('other.role', '=', 'admin')
            .as('otherAdmins'),
        ])
        .where('mine.user_id', '=', userId)
        .orderBy('workspaces.created_at')
        .execute();
      return rows.map((row) => ({ ...row, role: row.role as WorkspaceRole }));
    },

    findUser(userId: string) {
      return db
        .selectFrom('users')
        .select(['id', 'email', 'name', 'created_at'])
        .where('id', '=', userId)
        .executeTakeFirst();
    },
    listMemberships(userId: string) {
      return db
        .selectFrom('memberships')
        .innerJoin('workspaces', 'workspaces.id', 'memberships.workspace_id')
        .select([
          'workspaces.id as workspace_id',
          'workspaces.name as workspace_name',
          'workspaces.kind',
          'memberships.role',
          'memberships.created_at',
        ])
        .where('memberships.user_id', '=', userId)
        .orderBy('memberships.created_at')
        .execute();
    },
    listStakeholders(userId: string) {
      return db
        .selectFrom('stakeholders')
        .select(['id', 'workspace_id', 'name', 'email', 'relationship_group', 'created_at'])
        .where('leader_id', '=', userId)
        .orderBy('created_at')
        .execute();
    },
    listCycles(userId: string) {
      return db
        .selectFrom('cycles')
        .selectAll()
        .where('leader_id', '=', userId)
        .orderBy('created_at')
        .execute();
    },
    listRoundsOfLeader(userId: string) {
      return db
        .selectFrom('rounds')
        .innerJoin('cycles', 'cycles.id', 'rounds.cycle_id')
        .selectAll('rounds')
        .where('cycles.leader_id', '=', userId)
        .orderBy('rounds.opened_at')
        .execute();
    },
    /** For release only: the caller turns these into what the k rules allow and never exports them. */
    listResponsesForRelease(roundId: string) {
      return db
        .selectFrom('responses')
        .select(['relationship_group', 'named_manager', 'answers'])
        .where('round_id', '=', roundId)
        .execute();
    },
    async countInvitations(roundId: string): Promise<number> {
      const row = await db
        .selectFrom('round_invitations')
        .select((eb) => eb.fn.countAll<string | number>().as('n'))
        .where('round_id', '=', roundId)
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },
    /** The leader's practice after listening: commitments, announcements, check-ins, reminders, follow-up, notes. */
    async listPractice(userId: string) {
      const cycleIds = db.selectFrom('cycles').select('id').where('leader_id', '=', userId);
      return {
        commitments: await db
          .selectFrom('commitments')
          .selectAll()
          .where('cycle_id', 'in', cycleIds)
          .orderBy('created_at')
          .execute(),
        announcements: await db
          .selectFrom('announcements')
          .selectAll()
          .where('cycle_id', 'in', cycleIds)
          .orderBy('created_at')
          .execute(),
        dailyCheckins: await db
          .selectFrom('daily_checkins')
          .selectAll()
          .where('cycle_id', 'in', cycleIds)
          .orderBy('day')
          .execute(),
        dailyReminders: await db
          .selectFrom('daily_reminders')
          .selectAll()
          .where('cycle_id', 'in', cycleIds)
          .execute(),
        followUpSettings: await db
          .selectFrom('follow_up_settings')
          .selectAll()
          .where('cycle_id', 'in', cycleIds)
          .execute(),
        relationshipNotes: await db
          .selectFrom('relationship_notes')
          .innerJoin('stakeholders', 'stakeholders.id', 'relationship_notes.stakeholder_id')
          .select([
            'relationship_notes.stakeholder_id',
            'stakeholders.name',
            'relationship_notes.note',
            'relationship_notes.updated_at',
          ])
          .where('stakeholders.leader_id', '=', userId)
          .execute(),
      };
    },
    /**
     * Everything of one account in dependency order. Tables added later that hang off cycles
     * (commitments, announcements, check-ins, reminders) go by their ON DELETE CASCADE.
     */
    async eraseAccount(erasure: AccountErasure): Promise<void> {
      const { userId } = erasure;
      const cycleIds = (
        await db.selectFrom('cycles').select('id').where('leader_id', '=', userId).execute()
      ).map((row) => row.id);
      const roundIds: string[] = [];
      for (const ids of slice(cycleIds)) {
        const rows = await db.selectFrom('rounds').select('id').where('cycle_id', 'in', ids).execute();
        roundIds.push(...rows.map((row) => row.id));
      }
      for (const ids of slice(roundIds)) {
        await db.deleteFrom('responses').where('round_id', 'in', ids).execute();
        const invitations = db.selectFrom('round_invitations').select('id').where('round_id', 'in', ids);
        await db.deleteFrom('invitation_tokens').where('invitation_id', 'in', invitations).execute();
        await db.deleteFrom('round_invitations').where('round_id', 'in', ids).execute();
        await db.deleteFrom('rounds').where('id', 'in', ids).execute();
      }
      await db.deleteFrom('cycles').where('leader_id', '=', userId).execute();
      await db.deleteFrom('stakeholders').where('leader_id', '=', userId).execute();

      // Mail and jobs go by the account they were queued for (its round invitations, reminders,
      // thanks, announcements, member invitations, resets and its own reminders), never by what
      // their text says: another organization's mail to the same address is not this account's.
      await db.deleteFrom('jobs').where('account_id', '=', userId).execute();
      await db.deleteFrom('outbox').where('account_id', '=', userId).execute();
      await db.deleteFrom('member_invitations').where('invited_by', '=', userId).execute();
      // In the organizations it leaves, the invitation that brought it in, and its mail, name it too.
      for (const ids of slice(erasure.leftWorkspaceIds)) {
        await db
          .deleteFrom('outbox')
          .where('workspace_id', 'in', ids)
          .where('to_address', '=', erasure.email)
          .execute();
        await db
          .deleteFrom('member_invitations')
          .where('workspace_id', 'in', ids)
          .where('email', '=', erasure.email)
          .execute();
        await db
          .updateTable('audit_log')
          .set({ target: null })
          .where('workspace_id', 'in', ids)
          .where('target', '=', erasure.email)
          .execute();
      }
      // The organization keeps the record that something was done, not by whom or to whom.
      await db
        .updateTable('audit_log')
        .set({ actor_user_id: null })
        .where('actor_user_id', '=', userId)
        .execute();
      if (erasure.rateLimitKeys.length > 0) {
        await db.deleteFrom('rate_limits').where('key', 'in', erasure.rateLimitKeys).execute();
      }
      await db.deleteFrom('sessions').where('user_id', '=', userId).execute();
      await db.deleteFrom('password_resets').where('user_id', '=', userId).execute();
      await db.deleteFrom('pending_sign_ins').where('user_id', '=', userId).execute();
      await db.deleteFrom('two_factor_recovery_codes').where('user_id', '=', userId).execute();
      await db.deleteFrom('two_factor_secrets').where('user_id', '=', userId).execute();
      await db.deleteFrom('email_verifications').where('user_id', '=', userId).execute();
      await db.deleteFrom('memberships').where('user_id', '=', userId).execute();
      for (const ids of slice(erasure.workspaceIds)) {
        await db.deleteFrom('audit_log').where('workspace_id', 'in', ids).execute();
        await db.deleteFrom('workspaces').where('id', 'in', ids).execute();
      }
      await db.deleteFrom('users').where('id', '=', userId).execute();
    },

    async findRetention(workspaceId: string): Promise<number | null> {
      const row = await db
        .selectFrom('workspaces')
        .select('retention_months')
        .where('id', '=', workspaceId)
        .executeTakeFirst();
      return row?.retention_months ?? null;
    },
    async updateRetention(workspaceId: string, months: number | null): Promise<void> {
      await db
        .updateTable('workspaces')
        .set({ retention_months: months })
        .where('id', '=', workspaceId)
        .execute();
    },
    listWorkspacesWithRetention() {
      return db
        .selectFrom('workspaces')
        .select(['id', 'retention_months'])
        .where('retention_months', 'is not', null)
        .execute();
    },
    /** Closed rounds of the workspace whose close lies before the cutoff. */
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

export type DataRightsRepository = ReturnType<typeof createDataRightsRepository>;
