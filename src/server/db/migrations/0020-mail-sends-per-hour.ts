import type { Kysely } from 'kysely';

/**
 * Mail handed to the SMTP server per clock hour (UTC), for the instance-wide `MAIL_MAX_PER_HOUR`.
 * In the database, not in process memory, so app processes sharing it share one cap.
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on today's schema types.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('mail_sends_per_hour')
    // `2026-12-06T10`: the hour's UTC start, to the hour.
    .addColumn('hour', 'text', (c) => c.primaryKey())
    .addColumn('sends', 'integer', (c) => c.notNull())
    // 0/1: whether the warning that the cap was reached has been logged this hour.
    .addColumn('cap_logged', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up().
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('mail_sends_per_hour').execute();
}
