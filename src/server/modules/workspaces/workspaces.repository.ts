import type { Locale } from '../../../shared/i18n/locales';
import type { WorkspaceRole } from '../../../shared/workspaces';
import type { Database, DatabaseEngine } from '../../db/database';
import { inSlices } from '../../db/in-slices';
import type { MemberInvitationsTable, WorkspacesTable } from '../../db/schema';

export type WorkspaceRow = WorkspacesTable;
export type MemberInvitationRow = MemberInvitationsTable;

export function createWorkspacesRepository({ db, engine }: { db: Database; engine: DatabaseEngine }) {
  return {
    async insertWorkspace(workspace: WorkspaceRow): Promise<void> {
      await db.insertInto('workspaces').values(workspace).execute();
    },
    findWorkspace(id: string): Promise<WorkspaceRow | undefined> {
      return db.selectFrom('workspaces').selectAll().where('id', '=', id).executeTakeFirst();
    },
    async updateAnonymityK(id: string, anonymityK: number): Promise<void> {
      await db.updateTable('workspaces').set({ anonymity_k: anonymityK }).where('id', '=', id).execute();
    },
    async updateTimeZone(id: string, timeZone: string): Promise<void> {
      await db.updateTable('workspaces').set({ time_zone: timeZone }).where('id', '=', id).execute();
    },
    async updateDefaultLanguage(id: string, language: Locale): Promise<void> {
      await db.updateTable('workspaces').set({ default_language: language }).where('id', '=', id).execute();
    },
    /** Idempotent, so accepting an invitation for a role one already holds is harmless. */
    async addMembership(workspaceId: string, userId: string, role: WorkspaceRole, now: Date): Promise<void> {
      await db
        .insertInto('memberships')
        .values({ workspace_id: workspaceId, user_id: userId, role, created_at: now.toISOString() })
        .onConflict((conflict) => conflict.columns(['workspace_id', 'user_id', 'role']).doNothing())
        .execute();
    },
    /**
     * Holds the workspace's row until the transaction ends, so two membership changes run one after
     * the other and each counts the admins the other left. SQLite runs one writer at a time anyway.
     */
    async lockWorkspace(workspaceId: string): Promise<void> {
      if (engine !== 'postgres') return;
      await db.selectFrom('workspaces').select('id').where('id', '=', workspaceId).forUpdate().execute();
    },
    async countAdmins(workspaceId: string): Promise<number> {
      const row = await db
        .selectFrom('memberships')
        .select((eb) => eb.fn.countAll<string | number>().as('n'))
        .where('workspace_id', '=', workspaceId)
        .where('role', '=', 'admin')
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },
    async removeRoles(workspaceId: string, userId: string, roles: readonly WorkspaceRole[]): Promise<void> {
      if (roles.length === 0) return;
      await db
        .deleteFrom('memberships')
        .where('workspace_id', '=', workspaceId)
        .where('user_id', '=', userId)
        .where('role', 'in', roles)
        .execute();
    },
    async removeMember(workspaceId: string, userId: string): Promise<void> {
      await db
        .deleteFrom('memberships')
        .where('workspace_id', '=', workspaceId)
        .where('user_id', '=', userId)
        .execute();
    },
    async findPersonalWorkspaceOf(userId: string): Promise<string | undefined> {
      const row = await db
        .selectFrom('memberships')
        .innerJoin('workspaces', 'workspaces.id', 'memberships.workspace_id')
        .select('workspaces.id')
        .where('memberships.user_id', '=', userId)
        .where('workspaces.kind', '=', 'personal')
        .orderBy('workspaces.created_at')
        .executeTakeFirst();
      return row?.id;
    },
    async rolesOf(workspaceId: string, userId: string): Promise<WorkspaceRole[]> {
      const rows = await db
        .selectFrom('memberships')
        .select('role')
        .where('workspace_id', '=', workspaceId)
        .where('user_id', '=', userId)
        .execute();
      return rows.map((row) => row.role);
    },
    listMembershipsOfUser(userId: string) {
      return db
        .selectFrom('memberships')
        .innerJoin('workspaces', 'workspaces.id', 'memberships.workspace_id')
        .select([
          'workspaces.id',
          'workspaces.name',
          'workspaces.kind',
          'workspaces.created_at',
          'memberships.role',
        ])
        .where('memberships.user_id', '=', userId)
        .orderBy('workspaces.created_at')
        .execute();
    },
    listMembers(workspaceId: string) {
      return db
        .selectFrom('memberships')
        .innerJoin('users', 'users.id', 'memberships.user_id')
        .select(['users.id', 'users.name', 'users.email', 'memberships.role'])
        .where('memberships.workspace_id', '=', workspaceId)
        .orderBy('users.name')
        .execute();
    },

    async insertInvitation(invitation: MemberInvitationRow): Promise<void> {
      await db.insertInto('member_invitations').values(invitation).execute();
    },
    findInvitationByTokenHash(tokenHash: string): Promise<MemberInvitationRow | undefined> {
      return db
        .selectFrom('member_invitations')
        .selectAll()
        .where('token_hash', '=', tokenHash)
        .executeTakeFirst();
    },
    /** Checks and marks in one statement, so a link is accepted exactly once. */
    async markInvitationAccepted(id: string, now: Date): Promise<boolean> {
      const result = await db
        .updateTable('member_invitations')
        .set({ accepted_at: now.toISOString() })
        .where('id', '=', id)
        .where('accepted_at', 'is', null)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },
    /** Whether any workspace waits for this address to join: an invitation not accepted nor expired. */
    async hasPendingInvitationFor(email: string, now: Date): Promise<boolean> {
      const row = await db
        .selectFrom('member_invitations')
        .select('id')
        .where('email', '=', email)
        .where('accepted_at', 'is', null)
        .where('expires_at', '>', now.toISOString())
        .limit(1)
        .executeTakeFirst();
      return row !== undefined;
    },
    /** Accepted or not: past its expiry a link does nothing but say so. */
    async deleteInvitationsExpiredBefore(cutoff: Date): Promise<number> {
      const result = await db
        .deleteFrom('member_invitations')
        .where('expires_at', '<', cutoff.toISOString())
        .executeTakeFirst();
      return Number(result.numDeletedRows);
    },
    listPendingInvitations(workspaceId: string, now: Date) {
      return db
        .selectFrom('member_invitations')
        .select(['id', 'email', 'role', 'expires_at'])
        .where('workspace_id', '=', workspaceId)
        .where('accepted_at', 'is', null)
        .where('expires_at', '>', now.toISOString())
        .orderBy('created_at', 'desc')
        .execute();
    },

    /** Each workspace of the user, with how many others belong to it and how many of those are admins. */
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
    /** The user's memberships with when each began, oldest first (for the data export). */
    listMembershipHistory(userId: string) {
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
        .select(['id', 'retention_months', 'time_zone'])
        .where('retention_months', 'is not', null)
        .execute();
    },

    async deleteInvitationsSentBy(userId: string): Promise<void> {
      await db.deleteFrom('member_invitations').where('invited_by', '=', userId).execute();
    },
    /** The invitations to `email` in these workspaces: in those an account leaves, they name it. */
    async deleteInvitationsTo(workspaceIds: readonly string[], email: string): Promise<void> {
      for (const ids of inSlices(workspaceIds)) {
        await db
          .deleteFrom('member_invitations')
          .where('workspace_id', 'in', ids)
          .where('email', '=', email)
          .execute();
      }
    },
    async deleteMembershipsOfUser(userId: string): Promise<void> {
      await db.deleteFrom('memberships').where('user_id', '=', userId).execute();
    },
    /** Whole workspaces, once nothing else refers to them (their audit log goes first, by the audit module). */
    async deleteWorkspaces(workspaceIds: readonly string[]): Promise<void> {
      for (const ids of inSlices(workspaceIds)) {
        await db.deleteFrom('workspaces').where('id', 'in', ids).execute();
      }
    },
  };
}
