// npm run restore <backup> — puts a verified backup in place of the database named by DATABASE_URL.
import { restoreDatabase } from '../src/server/db/restore';
import { BackupError, defaultDatabaseUrl, sqlitePathFromUrl } from '../src/server/db/sqlite-file';

try {
  const target = sqlitePathFromUrl(process.env.DATABASE_URL || defaultDatabaseUrl);
  const backup = process.argv[2];
  if (!backup) throw new BackupError('Name the backup to restore: npm run restore backups/feedforward-….db');
  const result = restoreDatabase(backup, target, new Date());
  const lines = [
    `Checked ${result.backup}: integrity_check ok; migrations: ${result.migrations.join(', ')}`,
    ...result.movedAside.map((path) => `Moved aside ${path}`),
    `Restored it to ${result.target}; start the app again with npm start`,
    '',
  ];
  process.stdout.write(lines.join('\n'));
} catch (error) {
  process.stderr.write(`Restore failed: ${error instanceof BackupError ? error.message : String(error)}\n`);
  process.exit(1);
}
