import { existsSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { BackupError, checkFeedforwardFile, fileTimestamp } from './sqlite-file';

export type BackupResult = { source: string; target: string; bytes: number; migrations: string[] };

export function defaultBackupPath(now: Date): string {
  return join('backups', `feedforward-${fileTimestamp(now)}.db`);
}

/**
 * Copies the live database with SQLite's online backup API while the app keeps writing, then
 * proves the copy intact. The copy is a single self-contained file (rollback journal, no -wal).
 */
export async function backupDatabase(sourcePath: string, targetPath: string): Promise<BackupResult> {
  const source = resolve(sourcePath);
  const target = resolve(targetPath);
  if (!existsSync(source)) throw new BackupError(`There is no database at ${source}`);
  if (existsSync(target)) throw new BackupError(`${target} already exists; choose another name`);
  mkdirSync(dirname(target), { recursive: true });

  // Write beside the target and rename at the end, so a failed backup never leaves a half file behind.
  const partial = `${target}.partial`;
  rmSync(partial, { force: true });
  const live = new SqliteDatabase(source, { fileMustExist: true });
  try {
    live.pragma('busy_timeout = 5000');
    // Copying every page in one step reads one snapshot; small steps would restart on each app write.
    await live.backup(partial, { progress: () => 0x7fffffff });
  } catch (error) {
    rmSync(partial, { force: true });
    throw new BackupError(`Backup of ${source} failed: ${(error as Error).message}`);
  } finally {
    live.close();
  }

  try {
    const copy = new SqliteDatabase(partial, { fileMustExist: true });
    copy.pragma('journal_mode = DELETE');
    copy.close();
    const { migrations } = checkFeedforwardFile(partial, target);
    renameSync(partial, target);
    return { source, target, bytes: statSync(target).size, migrations };
  } catch (error) {
    for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(`${partial}${suffix}`, { force: true });
    throw error instanceof BackupError ? error : new BackupError((error as Error).message);
  }
}
