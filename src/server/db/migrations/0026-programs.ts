import type { Kysely } from 'kysely';

/**
 * Programs (decision 0042): a cohort of leaders an organization's admins run, with the cadence
 * the cohort's new growth cycles inherit, and who was asked to join. The enrollment's token is
 * kept only as a hash, like a workspace invitation's.
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on today's schema types.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('programs')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('starts_on', 'text', (c) => c.notNull())
    .addColumn('ends_on', 'text', (c) => c.notNull())
    // The coach the program assigns; each leader still accepts them before they see anything.
    .addColumn('coach_account_id', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('check_in_interval_days', 'integer', (c) => c.notNull())
    .addColumn('mini_survey_interval_days', 'integer', (c) => c.notNull())
    // HH:MM of the daily practice reminder new cycles start with; null starts them without one.
    .addColumn('daily_reminder_time', 'text')
    // The workspace's k when the program was created, locked for its life: groups built under
    // two different k could be subtracted from each other.
    .addColumn('anonymity_k', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('programs_workspace').on('programs').column('workspace_id').execute();
  await db.schema.createIndex('programs_coach').on('programs').column('coach_account_id').execute();

  await db.schema
    .createTable('program_enrollments')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('program_id', 'text', (c) => c.notNull().references('programs.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('email', 'text', (c) => c.notNull())
    // Set when the invitation is accepted; the account's deletion takes the enrollment with it.
    .addColumn('user_id', 'text', (c) => c.references('users.id').onDelete('cascade'))
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    // invited, enrolled or removed.
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('invited_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('accepted_at', 'text')
    .addColumn('removed_at', 'text')
    .addUniqueConstraint('program_enrollments_one_per_email', ['program_id', 'email'])
    .execute();
  await db.schema
    .createIndex('program_enrollments_user')
    .on('program_enrollments')
    .column('user_id')
    .execute();

  // The program a cycle was started in; the cycle stays the leader's if the program goes.
  await db.schema
    .alterTable('cycles')
    .addColumn('program_id', 'text', (c) => c.references('programs.id').onDelete('set null'))
    .execute();
  await db.schema.createIndex('cycles_program').on('cycles').column('program_id').execute();

  // The monthly check-in's interval, which a program's cycles inherit; 30 as before for all others.
  await db.schema
    .alterTable('follow_up_settings')
    .addColumn('check_in_interval_days', 'integer', (c) => c.notNull().defaultTo(30))
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up().
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('follow_up_settings').dropColumn('check_in_interval_days').execute();
  await db.schema.dropIndex('cycles_program').execute();
  await db.schema.alterTable('cycles').dropColumn('program_id').execute();
  await db.schema.dropTable('program_enrollments').execute();
  await db.schema.dropTable('programs').execute();
}
