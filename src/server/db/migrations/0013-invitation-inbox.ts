import type { Kysely } from 'kysely';

/**
 * An invitation remembers the inbox it was for (a hash of the address as address-twins reads it),
 * and that key stays when the stakeholder is removed. Otherwise a leader could remove a person
 * during a round, add them back and send them a second link. Invitations made before this
 * migration have no key; only rounds opened from now on are held by it.
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on today's schema types.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('round_invitations').addColumn('inbox_key', 'text').execute();
  // Null keys (people without an address) never collide: both engines treat nulls as distinct.
  await db.schema
    .createIndex('round_invitations_one_per_inbox')
    .on('round_invitations')
    .columns(['round_id', 'inbox_key'])
    .unique()
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up().
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('round_invitations_one_per_inbox').execute();
  await db.schema.alterTable('round_invitations').dropColumn('inbox_key').execute();
}
