import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type pg from 'pg';
import { withPostgresClient } from '../../bench/durability/fresh-postgres';
import { openDatabase } from '../../src/server/db/database';
import { migrateToLatest } from '../../src/server/db/migrate';

/**
 * What every test database starts as, migrated once per run (global-setup.ts) instead of once per
 * test: running the migrations took one to two seconds a database on a busy machine, a copy takes
 * milliseconds. The migrations still run, every run, exactly as before; only the result is reused.
 */
export type DatabaseTemplates = {
  /** A migrated SQLite file, copied for each test. */
  sqliteFile: string;
  /** SQL that recreates a migrated PostgreSQL schema (tables, rows, sequences): `schema` is its name in the SQL, replaced by each copy's own. */
  postgresSchema?: { sql: string; schema: string };
};

export async function buildDatabaseTemplates(postgresUrl: string | undefined) {
  const folder = mkdtempSync(join(tmpdir(), 'feedforward-test-template-'));
  const sqliteFile = join(folder, 'template.db');
  const sqlite = openDatabase(`file:${sqliteFile}`);
  await migrateToLatest(sqlite.db);
  // Closing the only connection checkpoints the write-ahead log into the file and removes it.
  await sqlite.close();
  if (existsSync(`${sqliteFile}-wal`)) throw new Error('The SQLite template kept a write-ahead log.');
  const templates: DatabaseTemplates = {
    sqliteFile,
    ...(postgresUrl ? { postgresSchema: await postgresSchemaSql(postgresUrl) } : {}),
  };
  return { templates, remove: () => rmSync(folder, { recursive: true, force: true }) };
}

/**
 * Migrates a schema of its own, then has pg_dump write it out as plain SQL. The dump's psql
 * meta-commands (\restrict) are left out: the copies run it through the driver, not psql.
 */
async function postgresSchemaSql(url: string): Promise<{ sql: string; schema: string }> {
  const templateSchemaName = `feedforward_test_template_${Math.random().toString(36).slice(2, 12)}`;
  await withSchemaLock(url, (client) => client.query(`create schema ${templateSchemaName}`));
  try {
    const handle = openDatabase(url, { searchPath: templateSchemaName });
    try {
      await withSchemaLock(url, () => migrateToLatest(handle.db, templateSchemaName));
    } finally {
      await handle.close();
    }
    const { stdout } = await promisify(execFile)(
      'pg_dump',
      ['--schema', templateSchemaName, '--inserts', '--no-owner', '--no-privileges', '--dbname', url],
      { maxBuffer: 64 * 1024 * 1024 },
    );
    const sql = stdout
      .split('\n')
      .filter((line) => !line.startsWith('\\'))
      .join('\n');
    return { sql, schema: templateSchemaName };
  } finally {
    await withSchemaLock(url, (client) => client.query(`drop schema ${templateSchemaName} cascade`));
  }
}

// Kysely's migrator reads the catalog of every schema in the database, and a schema that a
// parallel test worker (or another test run on the same database) drops mid-read fails that read;
// so creating, migrating and dropping schemas take turns.
const schemaLockKey = 4_242_001;

export async function withSchemaLock<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  return withPostgresClient(url, async (client) => {
    await client.query('select pg_advisory_lock($1)', [schemaLockKey]);
    try {
      return await work(client);
    } finally {
      await client.query('select pg_advisory_unlock($1)', [schemaLockKey]);
    }
  });
}
