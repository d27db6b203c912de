// npm run backup [path] — an online copy of the SQLite database named by DATABASE_URL.
import { backupDatabase, defaultBackupPath } from '../src/server/db/backup';
import { BackupError, defaultDatabaseUrl, sqlitePathFromUrl } from '../src/server/db/sqlite-file';

try {
  const source = sqlitePathFromUrl(process.env.DATABASE_URL || defaultDatabaseUrl);
  const result = await backupDatabase(source, process.argv[2] ?? defaultBackupPath(new Date()));
  process.stdout.write(
    [
      `Backed up ${result.source}`,
      `       to ${result.target} (${(result.bytes / 1024).toFixed(0)} KiB)`,
      `integrity_check: ok; migrations: ${result.migrations.join(', ')}`,
      '',
    ].join('\n'),
  );
} catch (error) {
  process.stderr.write(`Backup failed: ${error instanceof BackupError ? error.message : String(error)}\n`);
  process.exit(1);
}
