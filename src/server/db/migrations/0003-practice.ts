import type { Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on today's schema types.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('commitments')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('cycle_id', 'text', (c) => c.notNull().references('cycles.id').onDelete('cascade'))
    .addColumn('situation', 'text', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('frequency', 'text', (c) => c.notNull())
    .addColumn('noticed_by', 'text', (c) => c.notNull())
    .addColumn('source_suggestion', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('commitments_cycle').on('commitments').column('cycle_id').execute();

  await db.schema
    .createTable('announcements')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('cycle_id', 'text', (c) => c.notNull().references('cycles.id').onDelete('cascade'))
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('sent_at', 'text')
    .addColumn('recipients_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('announcements_cycle').on('announcements').column('cycle_id').execute();

  // The leader's private daily score: one row per behavior per day, so a second answer replaces the first.
  await db.schema
    .createTable('daily_checkins')
    .addColumn('cycle_id', 'text', (c) => c.notNull().references('cycles.id').onDelete('cascade'))
    .addColumn('commitment_id', 'text', (c) => c.notNull().references('commitments.id').onDelete('cascade'))
    .addColumn('day', 'text', (c) => c.notNull())
    .addColumn('score', 'integer', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('daily_checkins_pk', ['commitment_id', 'day'])
    .execute();
  await db.schema
    .createIndex('daily_checkins_cycle_day')
    .on('daily_checkins')
    .columns(['cycle_id', 'day'])
    .execute();

  // One preference per cycle. last_sent_on lets a reminder claim its local day in one statement,
  // so no day gets two reminders even when the preferred time changes after one was sent.
  await db.schema
    .createTable('daily_reminders')
    .addColumn('cycle_id', 'text', (c) => c.primaryKey().references('cycles.id').onDelete('cascade'))
    .addColumn('enabled', 'integer', (c) => c.notNull())
    .addColumn('local_time', 'text', (c) => c.notNull())
    .addColumn('time_zone', 'text', (c) => c.notNull())
    .addColumn('last_sent_on', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up().
export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['daily_reminders', 'daily_checkins', 'announcements', 'commitments']) {
    await db.schema.dropTable(table).execute();
  }
}
