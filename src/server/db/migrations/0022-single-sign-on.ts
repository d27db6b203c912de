import type { Kysely } from 'kysely';

/**
 * Single sign-on with OpenID Connect (decision 0034): one provider per organization, and the
 * sign-ins on their way through a provider, waiting for it to send the browser back.
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on today's schema types.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('workspace_sso')
    .addColumn('workspace_id', 'text', (c) => c.primaryKey().references('workspaces.id').onDelete('cascade'))
    .addColumn('provider_name', 'text', (c) => c.notNull())
    .addColumn('issuer_url', 'text', (c) => c.notNull())
    .addColumn('client_id', 'text', (c) => c.notNull())
    // AES-256-GCM under OIDC_SECRET_KEY: a copy of the database alone does not give the secret away.
    .addColumn('client_secret_sealed', 'text', (c) => c.notNull())
    // Space-separated; an address of one of them joins the organization at its first sign-in.
    .addColumn('email_domains', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('password_sign_in_off', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('sso_sign_ins')
    .addColumn('state_hash', 'text', (c) => c.primaryKey())
    // 'instance' for the operator's provider, else the organization's workspace id.
    .addColumn('provider', 'text', (c) => c.notNull())
    // The hash of a cookie set in the browser that started: the answer must come back to it.
    .addColumn('browser_hash', 'text', (c) => c.notNull())
    .addColumn('code_verifier', 'text', (c) => c.notNull())
    .addColumn('nonce', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('sso_sign_ins_expires').on('sso_sign_ins').column('expires_at').execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up().
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('sso_sign_ins').execute();
  await db.schema.dropTable('workspace_sso').execute();
}
