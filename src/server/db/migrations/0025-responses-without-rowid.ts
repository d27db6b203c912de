import { type Kysely, SqliteAdapter, sql } from 'kysely';

/**
 * SQLite numbers a plain table's rows in the order they were written (rowid), which for responses
 * was arrival order until every answer rewrote its round's rows. An answer is now one insert
 * (decision 0040), so on SQLite the table loses its rowid: a WITHOUT ROWID table keeps its rows in
 * the order of their primary key, the random id. PostgreSQL has no rowid and is left as it is.
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on today's schema types.
export async function up(db: Kysely<any>): Promise<void> {
  if (!(db.getExecutor().adapter instanceof SqliteAdapter)) return;
  await rebuildResponses(db, sql`without rowid`);
}

// biome-ignore lint/suspicious/noExplicitAny: see up().
export async function down(db: Kysely<any>): Promise<void> {
  if (!(db.getExecutor().adapter instanceof SqliteAdapter)) return;
  await rebuildResponses(db, sql``);
}

// biome-ignore lint/suspicious/noExplicitAny: see up().
async function rebuildResponses(db: Kysely<any>, tableOption: ReturnType<typeof sql>): Promise<void> {
  await db.schema
    .createTable('responses_rebuilt')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('round_id', 'text', (c) => c.notNull().references('rounds.id').onDelete('cascade'))
    .addColumn('relationship_group', 'text', (c) => c.notNull())
    .addColumn('named_manager', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('answers', 'text', (c) => c.notNull())
    .modifyEnd(tableOption)
    .execute();
  // In the order of their ids, so the copy's own rowids (when going down) follow no arrival.
  await sql`insert into responses_rebuilt (id, round_id, relationship_group, named_manager, answers)
    select id, round_id, relationship_group, named_manager, answers from responses order by id`.execute(db);
  await db.schema.dropTable('responses').execute();
  await db.schema.alterTable('responses_rebuilt').renameTo('responses').execute();
  await db.schema.createIndex('responses_round').on('responses').column('round_id').execute();
}
