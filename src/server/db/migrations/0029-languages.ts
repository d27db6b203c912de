import type { Kysely } from 'kysely';

/**
 * Languages (decision 0044): the language a round asks its stakeholders in, fixed when it opens (or
 * asked for while an admin approves the list), and the workspace's default for new rounds. Rounds
 * and workspaces from before spoke English, and keep doing so.
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on today's schema types.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('workspaces')
    .addColumn('default_language', 'text', (c) => c.notNull().defaultTo('en'))
    .execute();
  await db.schema
    .alterTable('rounds')
    .addColumn('language', 'text', (c) => c.notNull().defaultTo('en'))
    .execute();
  await db.schema
    .alterTable('round_approvals')
    .addColumn('language', 'text', (c) => c.notNull().defaultTo('en'))
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up().
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('round_approvals').dropColumn('language').execute();
  await db.schema.alterTable('rounds').dropColumn('language').execute();
  await db.schema.alterTable('workspaces').dropColumn('default_language').execute();
}
