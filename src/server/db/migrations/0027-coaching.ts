import { type Kysely, sql } from 'kysely';

/**
 * Coaching with consent (issue 12, decision 0043): a leader's consent for one coach in one workspace,
 * the comments the two exchange, and the leader's private items shared one at a time.
 * Every coach read joins on a row here with status 'active', so revoking ends access in the same query.
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on today's schema types.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('coachings')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('leader_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    // The address the leader invited; the account that accepts must have it.
    .addColumn('coach_email', 'text', (c) => c.notNull())
    // Null until the coach accepts.
    .addColumn('coach_id', 'text', (c) => c.references('users.id').onDelete('cascade'))
    // invited, active, declined or revoked; only 'active' lets the coach read anything.
    .addColumn('status', 'text', (c) => c.notNull())
    // SHA-256 of the invitation link's token; cleared once it is used.
    .addColumn('token_hash', 'text', (c) => c.unique())
    .addColumn('invited_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('accepted_at', 'text')
    .addColumn('ended_at', 'text')
    .execute();
  // One live invitation or consent per leader, workspace and address, even when two requests race.
  await sql`CREATE UNIQUE INDEX coachings_one_live ON coachings (workspace_id, leader_id, coach_email) WHERE status IN ('invited', 'active')`.execute(
    db,
  );
  await db.schema
    .createIndex('coachings_leader')
    .on('coachings')
    .columns(['leader_id', 'workspace_id'])
    .execute();
  await db.schema.createIndex('coachings_coach').on('coachings').column('coach_id').execute();

  await db.schema
    .createTable('coaching_comments')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('coaching_id', 'text', (c) => c.notNull().references('coachings.id').onDelete('cascade'))
    // 'coach' or 'leader': who wrote it, which is all the other one needs to know.
    .addColumn('author', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('coaching_comments_coaching')
    .on('coaching_comments')
    .columns(['coaching_id', 'created_at'])
    .execute();

  await db.schema
    .createTable('coaching_shares')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('coaching_id', 'text', (c) => c.notNull().references('coachings.id').onDelete('cascade'))
    // reflection (a cycle's review), relationship_note (a stakeholder's) or checkin_note (commitment:day).
    .addColumn('item_kind', 'text', (c) => c.notNull())
    .addColumn('item_ref', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('coaching_shares_one', ['coaching_id', 'item_kind', 'item_ref'])
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up().
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('coaching_shares').execute();
  await db.schema.dropTable('coaching_comments').execute();
  await db.schema.dropTable('coachings').execute();
}
