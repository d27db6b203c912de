import type { Kysely } from 'kysely';

/**
 * The daily reminder's channels (decision 0049): by email, as before, and/or by Web Push to the
 * leader's devices. Existing reminders stay email-only.
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on today's schema types.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('daily_reminders')
    .addColumn('by_email', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema
    .alterTable('daily_reminders')
    .addColumn('by_push', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up().
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('daily_reminders').dropColumn('by_push').execute();
  await db.schema.alterTable('daily_reminders').dropColumn('by_email').execute();
}
