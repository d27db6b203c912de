import { type Kysely, sql } from 'kysely';

/**
 * The zones calendar rules follow (decision 0032): a leader's own, else their workspace's.
 * A leader who already chose a zone for their daily questions keeps it as their own.
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on today's schema types.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('users').addColumn('time_zone', 'text').execute();
  await db.schema
    .alterTable('workspaces')
    .addColumn('time_zone', 'text', (c) => c.notNull().defaultTo('UTC'))
    .execute();
  // The moment a round stops taking answers, fixed when it opens. Rounds opened before this
  // closed at the end of their closing day in UTC, and keep doing so.
  await db.schema.alterTable('rounds').addColumn('closes_at', 'text').execute();
  const rounds = await db.selectFrom('rounds').select(['id', 'closes_on']).execute();
  for (const round of rounds) {
    const closesAt = new Date(Date.parse(`${round.closes_on}T00:00:00Z`) + 86_400_000).toISOString();
    await db.updateTable('rounds').set({ closes_at: closesAt }).where('id', '=', round.id).execute();
  }
  await sql`
    update users set time_zone = (
      select daily_reminders.time_zone from daily_reminders
      join cycles on cycles.id = daily_reminders.cycle_id
      where cycles.leader_id = users.id and daily_reminders.time_zone <> 'UTC'
      order by daily_reminders.updated_at desc limit 1
    )`.execute(db);
}

// biome-ignore lint/suspicious/noExplicitAny: see up().
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('rounds').dropColumn('closes_at').execute();
  await db.schema.alterTable('workspaces').dropColumn('time_zone').execute();
  await db.schema.alterTable('users').dropColumn('time_zone').execute();
}
