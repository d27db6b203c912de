import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { describe } from 'vitest';
import { type DatabaseEngine, type DatabaseHandle, openDatabase } from '../../src/server/db/database';
import { migrateToLatest } from '../../src/server/db/migrate';

const postgresUrl = process.env.TEST_DATABASE_URL;

/**
 * Declares the suite once per engine: SQLite always, PostgreSQL when TEST_DATABASE_URL is set
 * (CI always sets it). Without it the PostgreSQL copy is reported as skipped, not silently absent.
 */
export function describeEachEngine(title: string, suite: (engine: DatabaseEngine) => void) {
  describe(`${title} on sqlite`, () => suite('sqlite'));
  describe.skipIf(!postgresUrl)(`${title} on postgres`, () => suite('postgres'));
}

export type TestDatabase = DatabaseHandle & {
  /** A second connection to the same database, as another app process would have. */
  openAnother: () => DatabaseHandle;
  dispose: () => Promise<void>;
};

/** A fresh, migrated database: a temp SQLite file, or a new PostgreSQL schema of its own. */
export async function createTestDatabase(engine: DatabaseEngine): Promise<TestDatabase> {
  if (engine === 'sqlite') {
    const database = createSqlite();
    await migrateToLatest(database.db);
    return database;
  }
  const schema = `test_${Math.random().toString(36).slice(2, 12)}`;
  return withSchemaLock(async () => {
    const database = await createPostgresSchema(schema);
    await migrateToLatest(database.db, schema);
    return database;
  });
}

function createSqlite(): TestDatabase {
  const folder = mkdtempSync(join(tmpdir(), 'feedforward-test-'));
  const url = `file:${join(folder, 'test.db')}`;
  const handle = openDatabase(url);
  return {
    ...handle,
    openAnother: () => openDatabase(url),
    dispose: async () => {
      await handle.close();
      rmSync(folder, { recursive: true, force: true });
    },
  };
}

async function createPostgresSchema(schema: string): Promise<TestDatabase> {
  const url = postgresUrl as string;
  await withAdminClient(url, (client) => client.query(`create schema ${schema}`));
  const handle = openDatabase(url, { searchPath: schema });
  return {
    ...handle,
    openAnother: () => openDatabase(url, { searchPath: schema }),
    dispose: async () => {
      await handle.close();
      await withSchemaLock(() =>
        withAdminClient(url, (client) => client.query(`drop schema ${schema} cascade`)),
      );
    },
  };
}

async function withAdminClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

// Kysely's migrator reads the catalog of every schema in the database, and a schema that a
// parallel test worker drops mid-read fails that read; so creating and dropping take turns.
const schemaLockKey = 4_242_001;

export async function withSchemaLock<T>(work: () => Promise<T>): Promise<T> {
  return withAdminClient(postgresUrl as string, async (client) => {
    await client.query('select pg_advisory_lock($1)', [schemaLockKey]);
    try {
      return await work();
    } finally {
      await client.query('select pg_advisory_unlock($1)', [schemaLockKey]);
    }
  });
}
