import type { Kysely } from 'kysely';

/**
 * Reaching the leader outside the app (decision 0045): a private calendar feed, check-ins synced
 * from a phone that was offline, Web Push subscriptions with the server's own VAPID keys, and a
 * Slack or Teams incoming webhook.
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on today's schema types.
export async function up(db: Kysely<any>): Promise<void> {
  // One feed per leader; only the SHA-256 of its URL token is kept, so a new token revokes the old.
  await db.schema
    .createTable('calendar_feeds')
    .addColumn('user_id', 'text', (c) => c.primaryKey().references('users.id').onDelete('cascade'))
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  // What each event looked like when a calendar last fetched it: a change raises SEQUENCE.
  await db.schema
    .createTable('calendar_event_versions')
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('uid', 'text', (c) => c.notNull())
    .addColumn('fingerprint', 'text', (c) => c.notNull())
    .addColumn('sequence', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('calendar_event_versions_pk', ['user_id', 'uid'])
    .execute();

  // A check-in made offline carries the key the phone gave it and when it was made there: a
  // replay of the same key changes nothing, an older one never overwrites a newer one.
  await db.schema.alterTable('daily_checkins').addColumn('sync_key', 'text').execute();
  await db.schema.alterTable('daily_checkins').addColumn('recorded_at', 'text').execute();
  await db.schema
    .createIndex('daily_checkins_sync_key')
    .on('daily_checkins')
    .column('sync_key')
    .unique()
    .execute();

  await db.schema
    .createTable('push_subscriptions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    // A browser's endpoint is one device: signing in as someone else there moves it to them.
    .addColumn('endpoint', 'text', (c) => c.notNull().unique())
    .addColumn('p256dh', 'text', (c) => c.notNull())
    .addColumn('auth', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('push_subscriptions_user').on('push_subscriptions').column('user_id').execute();

  // Keys the server makes for itself on first start (the VAPID pair for Web Push).
  await db.schema
    .createTable('server_keys')
    .addColumn('name', 'text', (c) => c.primaryKey())
    .addColumn('public_key', 'text', (c) => c.notNull())
    .addColumn('private_key', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  // The incoming webhook URL is itself the credential to post there, so it is never shown again.
  await db.schema
    .createTable('chat_webhooks')
    .addColumn('user_id', 'text', (c) => c.primaryKey().references('users.id').onDelete('cascade'))
    .addColumn('service', 'text', (c) => c.notNull())
    .addColumn('url', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up().
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('chat_webhooks').execute();
  await db.schema.dropTable('server_keys').execute();
  await db.schema.dropTable('push_subscriptions').execute();
  await db.schema.dropIndex('daily_checkins_sync_key').execute();
  await db.schema.alterTable('daily_checkins').dropColumn('recorded_at').execute();
  await db.schema.alterTable('daily_checkins').dropColumn('sync_key').execute();
  await db.schema.dropTable('calendar_event_versions').execute();
  await db.schema.dropTable('calendar_feeds').execute();
}
