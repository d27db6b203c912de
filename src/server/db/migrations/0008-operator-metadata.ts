import type { Kysely } from 'kysely';

/**
 * One copy of the database must not narrow down which response is whose (PRODUCT.md §4,
 * decision 0018). Reminder counts and times per invitation, token and invitation times, and the
 * day of each response could be lined up against each other, so none of them is kept.
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on today's schema types.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('responses').dropColumn('submitted_on').execute();
  await db.schema.alterTable('invitation_tokens').dropColumn('created_at').execute();
  await db.schema.alterTable('round_invitations').dropColumn('reminders_sent').execute();
  await db.schema.alterTable('round_invitations').dropColumn('created_at').execute();
  // Reminders are marked per round and slot, the same for everyone asked, so a slot is sent once.
  await db.schema
    .createTable('round_reminders')
    .addColumn('round_id', 'text', (c) => c.notNull().references('rounds.id').onDelete('cascade'))
    .addColumn('slot', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('round_reminders_pk', ['round_id', 'slot'])
    .execute();
  // The address the invitation was mailed to; reminders and thanks go there and nowhere else,
  // whatever the leader later changes on the stakeholder. Null when the link went by hand.
  await db.schema.alterTable('round_invitations').addColumn('mailed_to', 'text').execute();

  // Mail and jobs name the account they were queued for, so deleting it removes them by id.
  await db.schema
    .alterTable('outbox')
    .addColumn('account_id', 'text', (c) => c.references('users.id').onDelete('cascade'))
    .execute();
  await db.schema.createIndex('outbox_account').on('outbox').column('account_id').execute();
  await db.schema
    .alterTable('jobs')
    .addColumn('account_id', 'text', (c) => c.references('users.id').onDelete('cascade'))
    .execute();
  await db.schema.createIndex('jobs_account').on('jobs').column('account_id').execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up().
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('jobs_account').execute();
  await db.schema.alterTable('jobs').dropColumn('account_id').execute();
  await db.schema.dropIndex('outbox_account').execute();
  await db.schema.alterTable('outbox').dropColumn('account_id').execute();
  await db.schema.alterTable('round_invitations').dropColumn('mailed_to').execute();
  await db.schema.dropTable('round_reminders').execute();
  await db.schema
    .alterTable('round_invitations')
    .addColumn('created_at', 'text', (c) => c.notNull().defaultTo(''))
    .execute();
  await db.schema
    .alterTable('round_invitations')
    .addColumn('reminders_sent', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema
    .alterTable('invitation_tokens')
    .addColumn('created_at', 'text', (c) => c.notNull().defaultTo(''))
    .execute();
  await db.schema
    .alterTable('responses')
    .addColumn('submitted_on', 'text', (c) => c.notNull().defaultTo(''))
    .execute();
}
