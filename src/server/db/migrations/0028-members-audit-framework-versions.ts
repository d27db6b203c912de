import type { Kysely } from 'kysely';

/**
 * Issue 12 (decision 0046): the audit log gets a `detail` beside its target, so an action has one
 * stable name an admin can filter by; every saved framework is kept as a numbered version.
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on today's schema types.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('audit_log').addColumn('detail', 'text').execute();
  // Invitations recorded their role inside the action ("member.invited:coach").
  const invited = await db
    .selectFrom('audit_log')
    .select(['id', 'action'])
    .where('action', 'like', 'member.invited:%')
    .execute();
  for (const row of invited) {
    const [action, detail] = String(row.action).split(':');
    await db.updateTable('audit_log').set({ action, detail }).where('id', '=', row.id).execute();
  }
  await db.schema
    .createIndex('audit_log_workspace_time')
    .on('audit_log')
    .columns(['workspace_id', 'created_at'])
    .execute();

  await db.schema
    .createTable('framework_versions')
    .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    // 1, 2, 3… per workspace; two admins saving on the same version collide on the primary key.
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('framework', 'text', (c) => c.notNull())
    // What changed, in words ("Added competency Mentoring"), written when it was saved.
    .addColumn('summary', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('framework_versions_pk', ['workspace_id', 'version'])
    .execute();
  await db.schema
    .createIndex('framework_versions_created_by')
    .on('framework_versions')
    .column('created_by')
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up().
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('framework_versions').execute();
  await db.schema.dropIndex('audit_log_workspace_time').execute();
  await db.schema.alterTable('audit_log').dropColumn('detail').execute();
}
