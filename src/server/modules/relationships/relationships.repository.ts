import type { Database } from '../../db/database';

export function createRelationshipsRepository({ db }: { db: Database }) {
  return {
    async listNotes(stakeholderIds: readonly string[]): Promise<Map<string, string>> {
      if (stakeholderIds.length === 0) return new Map();
      const rows = await db
        .selectFrom('relationship_notes')
        .select(['stakeholder_id', 'note'])
        .where('stakeholder_id', 'in', [...stakeholderIds])
        .execute();
      return new Map(rows.map((row) => [row.stakeholder_id, row.note]));
    },
    async saveNote(stakeholderId: string, note: string, now: Date): Promise<void> {
      const updatedAt = now.toISOString();
      await db
        .insertInto('relationship_notes')
        .values({ stakeholder_id: stakeholderId, note, updated_at: updatedAt })
        .onConflict((conflict) =>
          conflict.column('stakeholder_id').doUpdateSet({ note, updated_at: updatedAt }),
        )
        .execute();
    },
    async deleteNote(stakeholderId: string): Promise<void> {
      await db.deleteFrom('relationship_notes').where('stakeholder_id', '=', stakeholderId).execute();
    },

    /** The leader's notes on their stakeholders, with each stakeholder's name (for the data export). */
    listNotesOfLeader(leaderId: string) {
      return db
        .selectFrom('relationship_notes')
        .innerJoin('stakeholders', 'stakeholders.id', 'relationship_notes.stakeholder_id')
        .select([
          'relationship_notes.stakeholder_id',
          'stakeholders.name',
          'relationship_notes.note',
          'relationship_notes.updated_at',
        ])
        .where('stakeholders.leader_id', '=', leaderId)
        .execute();
    },
  };
}
