import { type Kysely, sql } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on today's schema types.
export async function up(db: Kysely<any>): Promise<void> {
  // An organization's own email domains, space-separated; empty means any address may be asked.
  await db.schema
    .alterTable('workspaces')
    .addColumn('stakeholder_email_domains', 'text', (c) => c.notNull().defaultTo(''))
    .execute();
  // 1 when an admin must approve the people a leader asks before a round opens.
  await db.schema
    .alterTable('workspaces')
    .addColumn('round_approval_required', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();

  // A round the leader asked to open, waiting for an admin. It is not a round yet: no invitation,
  // link, mail or job exists until approval opens it (round_id then names the round).
  await db.schema
    .createTable('round_approvals')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('cycle_id', 'text', (c) => c.notNull().references('cycles.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('intro', 'text', (c) => c.notNull())
    .addColumn('closes_on', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('requested_at', 'text', (c) => c.notNull())
    .addColumn('decided_at', 'text')
    .addColumn('decided_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('decline_reason', 'text')
    .addColumn('round_id', 'text', (c) => c.references('rounds.id').onDelete('set null'))
    .execute();
  await db.schema.createIndex('round_approvals_cycle').on('round_approvals').column('cycle_id').execute();
  // At most one list waits per cycle, however many requests race.
  await db.schema
    .createIndex('round_approvals_one_waiting_per_cycle')
    .on('round_approvals')
    .column('cycle_id')
    .unique()
    .where(sql.ref('status'), '=', 'waiting')
    .execute();

  // The people on a waiting list; removing a stakeholder takes them off it.
  await db.schema
    .createTable('round_approval_people')
    .addColumn('approval_id', 'text', (c) => c.notNull().references('round_approvals.id').onDelete('cascade'))
    .addColumn('stakeholder_id', 'text', (c) => c.notNull().references('stakeholders.id').onDelete('cascade'))
    .addPrimaryKeyConstraint('round_approval_people_pk', ['approval_id', 'stakeholder_id'])
    .execute();
  await db.schema
    .createIndex('round_approval_people_stakeholder')
    .on('round_approval_people')
    .column('stakeholder_id')
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up().
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('round_approval_people').execute();
  await db.schema.dropTable('round_approvals').execute();
  await db.schema.alterTable('workspaces').dropColumn('round_approval_required').execute();
  await db.schema.alterTable('workspaces').dropColumn('stakeholder_email_domains').execute();
}
