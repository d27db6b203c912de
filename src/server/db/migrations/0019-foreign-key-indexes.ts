import type { Kysely } from 'kysely';

/**
 * An index under every foreign key that had none. Each is looked up: by the queries that read a
 * parent's rows (a workspace's cycles, an account's reset links) and, whenever a parent row is
 * deleted, by the engine itself finding the children, which without an index scans the whole
 * child table. `db/foreign-key-indexes.test.ts` reads both engines' catalogs so none is missed again.
 */
const indexes = [
  ['password_resets_user', 'password_resets', 'user_id'],
  ['pending_sign_ins_user', 'pending_sign_ins', 'user_id'],
  ['member_invitations_workspace', 'member_invitations', 'workspace_id'],
  ['stakeholders_workspace', 'stakeholders', 'workspace_id'],
  ['cycles_workspace', 'cycles', 'workspace_id'],
  ['round_invitations_stakeholder', 'round_invitations', 'stakeholder_id'],
  ['invitation_tokens_invitation', 'invitation_tokens', 'invitation_id'],
  ['round_approvals_round', 'round_approvals', 'round_id'],
  ['round_approvals_decided_by', 'round_approvals', 'decided_by'],
] as const;

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on today's schema types.
export async function up(db: Kysely<any>): Promise<void> {
  for (const [name, table, column] of indexes) {
    await db.schema.createIndex(name).on(table).column(column).execute();
  }
}

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on today's schema types.
export async function down(db: Kysely<any>): Promise<void> {
  for (const [name] of indexes) await db.schema.dropIndex(name).execute();
}
