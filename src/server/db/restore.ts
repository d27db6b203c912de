import { copyFileSync, existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { BackupError, checkFeedforwardFile, fileTimestamp, isInUse } from './sqlite-file';

export type RestoreResult = { backup: string; target: string; movedAside: string[]; migrations: string[] };

// The database and the files SQLite keeps beside it; all of them move aside together.
const companions = ['', '-wal', '-shm', '-journal'];

/**
 * Puts a verified backup in place of the database. Nothing is touched until the backup has
 * passed integrity_check and shown Feedforward's migration table, and never while the app runs.
 */
export function restoreDatabase(backupPath: string, targetPath: string, now: Date): RestoreResult {
  const backup = resolve(backupPath);
  const target = resolve(targetPath);
  if (backup === target) throw new BackupError('The backup and the database are the same file');

  // Check a private copy: opening the backup itself could leave -wal or -shm files beside it.
  const stamp = fileTimestamp(now);
  mkdirSync(dirname(target), { recursive: true });
  const incoming = `${target}.restoring-${stamp}`;
  const discardIncoming = () => {
    for (const suffix of companions) rmSync(`${incoming}${suffix}`, { force: true });
  };
  let migrations: string[];
  try {
    if (!existsSync(backup)) throw new BackupError(`There is no backup at ${backup}`);
    copyFileSync(backup, incoming);
    migrations = checkFeedforwardFile(incoming, backup).migrations;
  } catch (error) {
    discardIncoming();
    throw error;
  }

  if (isInUse(target)) {
    discardIncoming();
    throw new BackupError(`${target} is open in a running Feedforward; stop the app, then restore`);
  }

  const movedAside: string[] = [];
  for (const suffix of companions) {
    const from = `${target}${suffix}`;
    if (!existsSync(from)) continue;
    const to = `${target}.before-restore-${stamp}${suffix}`;
    renameSync(from, to);
    movedAside.push(to);
  }
  // Same directory, so the rename is atomic: the database is either the old one or the backup.
  renameSync(incoming, target);
  return { backup, target, movedAside, migrations };
}
