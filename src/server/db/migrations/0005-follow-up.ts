import type { Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on today's schema types.
export async function up(db: Kysely<any>): Promise<void> {
  // One row per cycle, created on first use: the mini-survey cadence, and the due day the leader
  // was last prompted for, so a prompt is claimed in one statement and never sent twice.
  await db.schema
    .createTable('follow_up_settings')
    .addColumn('cycle_id', 'text', (c) => c.primaryKey().references('cycles.id').onDelete('cascade'))
    .addColumn('mini_survey_interval_days', 'integer', (c) => c.notNull())
    .addColumn('mini_survey_prompted_for', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up().
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('follow_up_settings').execute();
}
