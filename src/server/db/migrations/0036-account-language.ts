import type { Kysely } from 'kysely';

/**
 * The language a leader reads the app in (decision 0052), kept on the account so it follows them to
 * another device and their own mails are written in it. Null: never chosen, the device decides.
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on today's schema types.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('users').addColumn('language', 'text').execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up().
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('users').dropColumn('language').execute();
}
