import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import SqliteDatabase from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { backupDatabase, defaultBackupPath } from './backup';
import { openDatabase } from './database';
import { migrateToLatest } from './migrate';
import { restoreDatabase } from './restore';
import { BackupError, sqlitePathFromUrl } from './sqlite-file';

type ProbeSnapshot = { n: number; last: number };
const now = new Date('2026-11-25T21:30:00.000Z');

// Writes one row per commit on its own thread and publishes the last acknowledged id.
const writerSource = `
const { workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.path);
db.pragma('journal_mode = WAL');
db.pragma('synchronous = FULL');
db.pragma('busy_timeout = 5000');
const insert = db.prepare('insert into probe (id, note) values (?, ?)');
const acked = new Int32Array(workerData.acked);
const stop = new Int32Array(workerData.stop);
for (let id = 1; Atomics.load(stop, 0) === 0; id++) {
  insert.run(id, 'acknowledged write ' + id);
  Atomics.store(acked, 0, id);
}
db.close();
`;

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'feedforward-backup-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

async function feedforwardDatabase(path: string, rows = 0): Promise<void> {
  const handle = openDatabase(`file:${path}`);
  await migrateToLatest(handle.db);
  await handle.close();
  const sqlite = new SqliteDatabase(path);
  sqlite.exec('create table probe (id integer primary key, note text not null)');
  sqlite.exec('create table ballast (id integer primary key, note text not null)');
  const insert = sqlite.prepare('insert into ballast (note) values (?)');
  sqlite.transaction(() => {
    for (let i = 0; i < rows; i++) insert.run(`ballast row ${i} `.repeat(10));
  })();
  sqlite.close();
}

const until = async (condition: () => boolean) => {
  while (!condition()) await new Promise((done) => setTimeout(done, 5));
};

const fingerprint = (path: string) =>
  readdirSync(path)
    .sort()
    .map(
      (name) =>
        `${name}:${createHash('sha256')
          .update(readFileSync(join(path, name)))
          .digest('hex')}`,
    );

const integrity = (path: string) => {
  const sqlite = new SqliteDatabase(path, { readonly: true });
  const result = sqlite.pragma('integrity_check', { simple: true });
  sqlite.close();
  return result;
};

describe('backing up and restoring the SQLite database', () => {
  test('a backup taken while writes continue holds every row acknowledged before it started', async () => {
    const live = join(dir, 'live.db');
    await feedforwardDatabase(live, 20_000);
    const acked = new SharedArrayBuffer(4);
    const stop = new SharedArrayBuffer(4);
    const driver = require.resolve('better-sqlite3');
    const writer = new Worker(writerSource, { eval: true, workerData: { path: live, acked, stop, driver } });
    let writerError: unknown;
    writer.once('error', (error) => {
      writerError = error;
    });
    const exited = new Promise((done) => writer.once('exit', done));
    const lastAcked = () => {
      if (writerError) throw writerError;
      return Atomics.load(new Int32Array(acked), 0);
    };

    await until(() => lastAcked() >= 50);
    const ackedBeforeBackup = lastAcked();
    const backup = await backupDatabase(live, join(dir, 'backups', 'copy.db'));
    const ackedAfterBackup = lastAcked();
    await until(() => lastAcked() > ackedAfterBackup);
    Atomics.store(new Int32Array(stop), 0, 1);
    await exited;

    expect(ackedAfterBackup).toBeGreaterThan(ackedBeforeBackup); // the app kept committing meanwhile
    expect(backup.migrations.length).toBeGreaterThan(0);
    const restored = join(dir, 'fresh', 'feedforward.db');
    restoreDatabase(backup.target, restored, now);
    expect(integrity(restored)).toBe('ok');
    const sqlite = new SqliteDatabase(restored, { readonly: true });
    const probe = sqlite.prepare('select count(*) as n from probe where id <= ?').get(ackedBeforeBackup);
    // One snapshot: the copied writes run without a gap, whatever point the copy was taken at.
    const snapshot = sqlite
      .prepare('select count(*) as n, max(id) as last from probe')
      .get() as ProbeSnapshot;
    const ballast = sqlite.prepare('select count(*) as n from ballast').get();
    sqlite.close();
    expect(probe).toEqual({ n: ackedBeforeBackup });
    expect(ballast).toEqual({ n: 20_000 });
    expect(snapshot.n).toBe(snapshot.last);
  });

  test('restoring moves the current database aside and the app opens the restored one', async () => {
    const live = join(dir, 'live.db');
    await feedforwardDatabase(live);
    const { target } = await backupDatabase(live, join(dir, 'copy.db'));
    const later = new SqliteDatabase(live);
    later.prepare('insert into probe (id, note) values (1, ?)').run('written after the backup');
    later.close();

    const result = restoreDatabase(target, live, now);

    expect(result.movedAside).toEqual([join(dir, 'live.db.before-restore-20261125T213000Z')]);
    const aside = new SqliteDatabase(result.movedAside[0] as string, { readonly: true });
    expect(aside.prepare('select count(*) as n from probe').get()).toEqual({ n: 1 });
    aside.close();
    const handle = openDatabase(`file:${live}`);
    await migrateToLatest(handle.db);
    const rows = await handle.db
      .selectFrom('probe' as never)
      .selectAll()
      .execute();
    await handle.close();
    expect(rows).toEqual([]);
  });

  test('restore refuses a file that is not a SQLite database and changes nothing', async () => {
    const live = join(dir, 'data', 'feedforward.db');
    await feedforwardDatabase(live);
    const junk = join(dir, 'junk.db');
    writeSync(openSync(junk, 'w'), 'this is not a database '.repeat(500));
    const before = fingerprint(join(dir, 'data'));

    expect(() => restoreDatabase(junk, live, now)).toThrow(/is not a readable SQLite database/);
    expect(fingerprint(join(dir, 'data'))).toEqual(before);
  });

  test('restore refuses a damaged backup and changes nothing', async () => {
    const live = join(dir, 'data', 'feedforward.db');
    await feedforwardDatabase(live, 2_000);
    const { target } = await backupDatabase(live, join(dir, 'backups', 'damaged.db'));
    const file = openSync(target, 'r+');
    writeSync(file, Buffer.alloc(4096 * 3, 0xa5), 0, 4096 * 3, 4096 * 4);
    const before = [...fingerprint(join(dir, 'data')), ...fingerprint(join(dir, 'backups'))];

    expect(() => restoreDatabase(target, live, now)).toThrow(/integrity_check|not a readable SQLite/);
    expect([...fingerprint(join(dir, 'data')), ...fingerprint(join(dir, 'backups'))]).toEqual(before);
  });

  test('restore refuses a SQLite file that is not a Feedforward database and changes nothing', async () => {
    const live = join(dir, 'data', 'feedforward.db');
    await feedforwardDatabase(live);
    const stranger = join(dir, 'other-app.db');
    const sqlite = new SqliteDatabase(stranger);
    sqlite.exec("create table notes (text text); insert into notes values ('hello')");
    sqlite.close();
    const before = fingerprint(join(dir, 'data'));

    expect(() => restoreDatabase(stranger, live, now)).toThrow(/not a Feedforward database/);
    expect(fingerprint(join(dir, 'data'))).toEqual(before);
  });

  test('restore refuses while the app has the database open', async () => {
    const live = join(dir, 'live.db');
    await feedforwardDatabase(live);
    const { target } = await backupDatabase(live, join(dir, 'copy.db'));
    const running = openDatabase(`file:${live}`);
    await migrateToLatest(running.db);

    expect(() => restoreDatabase(target, live, now)).toThrow(/stop the app/);
    await running.close();
    expect(readdirSync(dir).filter((name) => /before-restore|restoring/.test(name))).toEqual([]);
  });

  test('a backup never overwrites an existing file', async () => {
    const live = join(dir, 'live.db');
    await feedforwardDatabase(live);
    await backupDatabase(live, join(dir, 'copy.db'));
    await expect(backupDatabase(live, join(dir, 'copy.db'))).rejects.toThrow(/already exists/);
    await expect(backupDatabase(join(dir, 'missing.db'), join(dir, 'b.db'))).rejects.toThrow(BackupError);
    expect(existsSync(join(dir, 'b.db'))).toBe(false);
  });

  test('backups are named by UTC time, and PostgreSQL is pointed to pg_dump and pg_restore', () => {
    expect(defaultBackupPath(now)).toBe(join('backups', 'feedforward-20261125T213000Z.db'));
    expect(sqlitePathFromUrl('file:./data/feedforward.db')).toBe('./data/feedforward.db');
    expect(() => sqlitePathFromUrl('postgres://app@db/feedforward')).toThrow(/pg_dump.*\n.*pg_restore/s);
  });
});
