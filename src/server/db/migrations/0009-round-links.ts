import type { Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on today's schema types.
export async function up(db: Kysely<any>): Promise<void> {
  // One link per relationship group of a round, for the people the leader passes links to by hand
  // (decision 0019). Only the token's hash is kept, and no time: nothing here may date an answer or
  // tell who used the link. Fetching the links again adds rows; all work until the round closes.
  await db.schema
    .createTable('round_links')
    .addColumn('token_hash', 'text', (c) => c.primaryKey())
    .addColumn('round_id', 'text', (c) => c.notNull().references('rounds.id').onDelete('cascade'))
    .addColumn('relationship_group', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('round_links_round').on('round_links').column('round_id').execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up().
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('round_links').execute();
}
