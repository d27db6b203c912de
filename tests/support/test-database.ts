import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type pg from 'pg';
import { describe, inject } from 'vitest';
import { type DatabaseEngine, type DatabaseHandle, openDatabase } from '../../src/server/db/database';
import { withSchemaLock as withSchemaLockOn } from './database-templates';

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

/**
 * A fresh, migrated database: a temp SQLite file, or a new PostgreSQL schema of its own. Each is a
 * copy of the run's migrated template (database-templates.ts), not migrated again.
 */
export async function createTestDatabase(engine: DatabaseEngine): Promise<TestDatabase> {
  return engine === 'sqlite' ? createSqlite() : createPostgresSchema();
}

function createSqlite(): TestDatabase {
  const folder = mkdtempSync(join(tmpdir(), 'feedforward-test-'));
  const file = join(folder, 'test.db');
  copyFileSync(inject('databaseTemplates').sqliteFile, file);
  const url = `file:${file}`;
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

async function createPostgresSchema(): Promise<TestDatabase> {
  const url = postgresUrl as string;
  const template = inject('databaseTemplates').postgresSchema;
  if (!template) throw new Error('No PostgreSQL template: TEST_DATABASE_URL was not set for the run.');
  const schema = `test_${Math.random().toString(36).slice(2, 12)}`;
  await withSchemaLock((client) => client.query(template.sql.replaceAll(template.schema, schema)));
  const handle = openDatabase(url, { searchPath: schema });
  return {
    ...handle,
    openAnother: () => openDatabase(url, { searchPath: schema }),
    dispose: async () => {
      await handle.close();
      await withSchemaLock((client) => client.query(`drop schema ${schema} cascade`));
    },
  };
}

/** Creating, migrating and dropping schemas take turns (why: database-templates.ts). */
export function withSchemaLock<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  return withSchemaLockOn(postgresUrl as string, work);
}
