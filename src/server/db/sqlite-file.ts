import { existsSync } from 'node:fs';
import SqliteDatabase from 'better-sqlite3';

/** A problem the operator must fix; its message is printed as it is, without a stack trace. */
export class BackupError extends Error {}

export const defaultDatabaseUrl = 'file:./data/feedforward.db';

// Kysely's Migrator records every applied migration here; a file without it is not Feedforward's.
const migrationTable = 'kysely_migration';

/** The SQLite file named by DATABASE_URL; PostgreSQL has its own tools, which we name instead. */
export function sqlitePathFromUrl(url: string): string {
  if (/^postgres(ql)?:\/\//.test(url)) {
    throw new BackupError(
      [
        'DATABASE_URL points at PostgreSQL; use PostgreSQL’s own tools instead:',
        '  pg_dump -Fc -f feedforward-$(date -u +%Y%m%dT%H%M%SZ).dump "$DATABASE_URL"',
        '  pg_restore --clean --if-exists --no-owner --dbname="$DATABASE_URL" feedforward-<timestamp>.dump',
      ].join('\n'),
    );
  }
  if (!/^(file|sqlite):/.test(url)) {
    throw new BackupError(`DATABASE_URL must start with file: or postgres:// (got ${url.split(':')[0]}:…)`);
  }
  const path = url.replace(/^(file|sqlite):(\/\/)?/, '');
  if (path === '' || path === ':memory:') throw new BackupError('DATABASE_URL names an in-memory database');
  return path;
}

/** 2026-11-25T21:16:52.123Z → 20261125T211652Z: sortable, and safe in file names everywhere. */
export function fileTimestamp(now: Date): string {
  return now
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z');
}

export type FileCheck = { migrations: string[] };

/** Opens the file and proves it is an intact Feedforward database, or throws saying why not. */
export function checkFeedforwardFile(path: string, name = path): FileCheck {
  if (!existsSync(path)) throw new BackupError(`${name} does not exist`);
  let sqlite: SqliteDatabase.Database | undefined;
  try {
    sqlite = new SqliteDatabase(path, { fileMustExist: true });
    const problems = (sqlite.pragma('integrity_check') as { integrity_check: string }[]).map(
      (row) => row.integrity_check,
    );
    if (problems.join() !== 'ok') {
      throw new BackupError(`${name} failed integrity_check:\n  ${problems.slice(0, 10).join('\n  ')}`);
    }
    const table = sqlite
      .prepare("select name from sqlite_master where type = 'table' and name = ?")
      .get(migrationTable);
    if (!table)
      throw new BackupError(`${name} is not a Feedforward database (it has no ${migrationTable} table)`);
    const rows = sqlite.prepare(`select name from ${migrationTable} order by name`).all() as {
      name: string;
    }[];
    return { migrations: rows.map((row) => row.name) };
  } catch (error) {
    if (error instanceof BackupError) throw error;
    throw new BackupError(`${name} is not a readable SQLite database: ${(error as Error).message}`);
  } finally {
    sqlite?.close();
  }
}

/** True while any other connection (a running app) has the file open. */
export function isInUse(path: string): boolean {
  if (!existsSync(path)) return false;
  const sqlite = new SqliteDatabase(path, { fileMustExist: true });
  try {
    // In WAL mode every open connection holds a shared lock, so an exclusive one succeeds only when alone.
    sqlite.pragma('busy_timeout = 0');
    sqlite.pragma('locking_mode = EXCLUSIVE');
    sqlite.exec('BEGIN EXCLUSIVE');
    sqlite.exec('COMMIT');
    return false;
  } catch (error) {
    if ((error as { code?: string }).code === 'SQLITE_BUSY') return true;
    throw new BackupError(`${path} could not be locked: ${(error as Error).message}`);
  } finally {
    sqlite.close();
  }
}
