import type { Database } from '../../db/database';
import type { ProgramEnrollmentsTable, ProgramsTable } from '../../db/schema';

export type ProgramRow = ProgramsTable;
export type EnrollmentRow = ProgramEnrollmentsTable;

export function createProgramsRepository({ db }: { db: Database }) {
  return {
    async insert(program: ProgramRow): Promise<void> {
      await db.insertInto('programs').values(program).execute();
    },
    async update(
      id: string,
      changes: Omit<ProgramRow, 'id' | 'workspace_id' | 'created_at' | 'anonymity_k'>,
    ): Promise<void> {
      await db.updateTable('programs').set(changes).where('id', '=', id).execute();
    },
    findById(id: string): Promise<ProgramRow | undefined> {
      return db.selectFrom('programs').selectAll().where('id', '=', id).executeTakeFirst();
    },
    listOfWorkspace(workspaceId: string): Promise<ProgramRow[]> {
      return db
        .selectFrom('programs')
        .selectAll()
        .where('workspace_id', '=', workspaceId)
        .orderBy('starts_on', 'desc')
        .orderBy('id')
        .execute();
    },
    /** The programs the account was enrolled in and not removed from. */
    listEnrolledOf(userId: string, workspaceId: string) {
      return db
        .selectFrom('program_enrollments')
        .innerJoin('programs', 'programs.id', 'program_enrollments.program_id')
        .selectAll('programs')
        .where('program_enrollments.user_id', '=', userId)
        .where('program_enrollments.status', '=', 'enrolled')
        .where('programs.workspace_id', '=', workspaceId)
        .orderBy('programs.starts_on', 'desc')
        .execute();
    },

    /** False when this address is already on the program: one enrollment per person, kept by a constraint too. */
    async insertEnrollment(enrollment: EnrollmentRow): Promise<boolean> {
      const result = await db
        .insertInto('program_enrollments')
        .values(enrollment)
        .onConflict((conflict) => conflict.columns(['program_id', 'email']).doNothing())
        .executeTakeFirst();
      return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
    },
    listEnrollments(programId: string): Promise<EnrollmentRow[]> {
      return db
        .selectFrom('program_enrollments')
        .selectAll()
        .where('program_id', '=', programId)
        .orderBy('name')
        .orderBy('email')
        .execute();
    },
    findEnrollment(id: string): Promise<EnrollmentRow | undefined> {
      return db.selectFrom('program_enrollments').selectAll().where('id', '=', id).executeTakeFirst();
    },
    findEnrollmentByTokenHash(tokenHash: string): Promise<EnrollmentRow | undefined> {
      return db
        .selectFrom('program_enrollments')
        .selectAll()
        .where('token_hash', '=', tokenHash)
        .executeTakeFirst();
    },
    findEnrollmentOf(programId: string, userId: string): Promise<EnrollmentRow | undefined> {
      return db
        .selectFrom('program_enrollments')
        .selectAll()
        .where('program_id', '=', programId)
        .where('user_id', '=', userId)
        .executeTakeFirst();
    },
    /** Checks and marks in one statement, so a link is accepted once and never after removal. */
    async markAccepted(id: string, userId: string, now: Date): Promise<boolean> {
      const result = await db
        .updateTable('program_enrollments')
        .set({ status: 'enrolled', user_id: userId, accepted_at: now.toISOString() })
        .where('id', '=', id)
        .where('status', '=', 'invited')
        .where('expires_at', '>', now.toISOString())
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },
    async markRemoved(id: string, now: Date): Promise<boolean> {
      const result = await db
        .updateTable('program_enrollments')
        .set({ status: 'removed', removed_at: now.toISOString() })
        .where('id', '=', id)
        .where('status', '!=', 'removed')
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },
  };
}
