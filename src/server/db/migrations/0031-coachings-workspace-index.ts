import type { Kysely } from 'kysely';

/**
 * Every foreign key has an index that leads with it (see migration 0019): deleting a workspace finds
 * its coachings by `workspace_id`, which the leader-first index of migration 0027 does not lead with.
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on today's schema types.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.createIndex('coachings_workspace').on('coachings').column('workspace_id').execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up().
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('coachings_workspace').execute();
}
