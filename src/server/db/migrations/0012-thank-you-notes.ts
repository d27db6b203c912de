import type { Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on today's schema types.
export async function up(db: Kysely<any>): Promise<void> {
  // The thank-you note as the leader wrote it, so it stays on the round page to copy when
  // Feedforward could not email it (no mail server, or people without an address).
  await db.schema.alterTable('rounds').addColumn('thank_you_note', 'text').execute();
  // How many people Feedforward emailed it to; 0 when it was left to the leader.
  await db.schema
    .alterTable('rounds')
    .addColumn('thank_you_recipients', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up().
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('rounds').dropColumn('thank_you_recipients').execute();
  await db.schema.alterTable('rounds').dropColumn('thank_you_note').execute();
}
