import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect, sql } from 'kysely';
import pg from 'pg';
import type { Schema } from './schema';
import { withStatementCache } from './sqlite-statement-cache';

export type Database = Kysely<Schema>;
export type DatabaseEngine = 'sqlite' | 'postgres';

export type DatabaseHandle = {
  db: Database;
  engine: DatabaseEngine;
  checkHealth: () => Promise<void>;
  close: () => Promise<void>;
};

/** Picks the engine from the URL: postgres://… for PostgreSQL, file:… for an embedded SQLite file. */
export function openDatabase(url: string, options: { searchPath?: string } = {}): DatabaseHandle {
  return /^postgres(ql)?:\/\//.test(url) ? openPostgres(url, options.searchPath) : openSqlite(url);
}

function openSqlite(url: string): DatabaseHandle {
  const path = url.replace(/^(file|sqlite):(\/\/)?/, '');
  if (path !== ':memory:') mkdirSync(dirname(resolve(path)), { recursive: true });
  const sqlite = new SqliteDatabase(path);
  // WAL lets readers run beside the writer; synchronous=FULL makes every acknowledged commit durable.
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  const db = new Kysely<Schema>({ dialect: new SqliteDialect({ database: withStatementCache(sqlite) }) });
  return {
    db,
    engine: 'sqlite',
    checkHealth: async () => {
      await sql`select 1`.execute(db);
    },
    close: () => db.destroy(),
  };
}

function openPostgres(url: string, searchPath?: string): DatabaseHandle {
  const pool = new pg.Pool({
    connectionString: url,
    max: 10,
    ...(searchPath ? { options: `-c search_path=${searchPath}` } : {}),
  });
  const db = new Kysely<Schema>({ dialect: new PostgresDialect({ pool }) });
  return {
    db,
    engine: 'postgres',
    checkHealth: async () => {
      await sql`select 1`.execute(db);
    },
    close: () => db.destroy(),
  };
}

/** Refuses to run without the durability settings the product promises (no acknowledged answer lost). */
export async function assertDurableSettings(handle: DatabaseHandle): Promise<void> {
  if (handle.engine === 'sqlite') {
    const { rows } = await sql<{ journal_mode: string }>`pragma journal_mode`.execute(handle.db);
    const sync = await sql<{ synchronous: number }>`pragma synchronous`.execute(handle.db);
    const journalMode = rows[0]?.journal_mode;
    const synchronous = sync.rows[0]?.synchronous;
    if (journalMode !== 'wal' && journalMode !== 'memory')
      throw new Error(`SQLite journal_mode is ${journalMode}, expected wal`);
    if (synchronous !== 2) throw new Error(`SQLite synchronous is ${synchronous}, expected 2 (FULL)`);
    return;
  }
  const { rows } = await sql<{ synchronous_commit: string }>`show synchronous_commit`.execute(handle.db);
  if (rows[0]?.synchronous_commit !== 'on') {
    throw new Error(`PostgreSQL synchronous_commit is ${rows[0]?.synchronous_commit}, expected on`);
  }
}
