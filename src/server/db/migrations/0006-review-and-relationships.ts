import type { Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on today's schema types.
export async function up(db: Kysely<any>): Promise<void> {
  // When the leader reviewed the cycle and closed it; null while it runs.
  await db.schema.alterTable('cycles').addColumn('closed_at', 'text').execute();

  // The leader's private note on their own part in one relationship. It hangs off the
  // stakeholder, so removing the person (or the leader's account) removes the note too.
  await db.schema
    .createTable('relationship_notes')
    .addColumn('stakeholder_id', 'text', (c) =>
      c.primaryKey().references('stakeholders.id').onDelete('cascade'),
    )
    .addColumn('note', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up().
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('relationship_notes').execute();
  await db.schema.alterTable('cycles').dropColumn('closed_at').execute();
}
