import SqliteDatabase from 'better-sqlite3';
import { sql } from 'kysely';
import type { Database, DatabaseHandle } from '../../src/server/db/database';
import type { Schema } from '../../src/server/db/schema';
import { createPasswordHasher } from '../../src/server/security/passwords';
import { leaderRows, nextMiniSurveyDueAt, type Rows, seedPassword } from './leader-rows';
import { insertRowsPostgres, withKeysAndIndexesBuiltAtTheEnd } from './postgres-load';
import { createProgressBar } from './progress-bar';
import { insertRowsSqlite, withIndexesBuiltAtTheEnd } from './sqlite-load';

const leadersPerTransaction = 200;
const sqliteLeadersPerTransaction = 2_500;
const sqliteLeadersPerInsert = 50;

/**
 * Inserts the rows table by table in one transaction: on SQLite through `sqliteFile`, the same file
 * in-process, on PostgreSQL one statement per table.
 */
export async function insertRows(
  db: Database,
  rows: Rows,
  sqliteFile?: SqliteDatabase.Database,
): Promise<void> {
  if (sqliteFile) insertRowsSqlite(sqliteFile, rows);
  else await insertRowsPostgres(db, rows);
}

/** Appends each table's rows to the batch's. */
export function merge(into: Rows, more: Rows) {
  for (const [table, list] of Object.entries(more) as [keyof Schema, unknown[]][]) {
    const existing = (into[table] ?? []) as unknown[];
    existing.push(...list);
    // biome-ignore lint/suspicious/noExplicitAny: rows of the same table are appended as they are.
    into[table] = existing as any;
  }
}

export type SeedSummary = {
  leaders: number;
  responses: number;
  checkins: number;
  seconds: number;
  /** CPU this process used (building rows; on SQLite storing them too), less telling of a shared machine's load. */
  cpuSeconds: number;
};

/**
 * `leaders` leaders with their stakeholders, cycles, rounds, responses and check-ins, into a
 * migrated, empty database, through the real schema: every constraint and foreign key holds.
 */
export async function seedLeaders(
  handle: DatabaseHandle,
  sqlitePath: string | undefined,
  leaders: number,
  log = true,
): Promise<SeedSummary> {
  const { db } = handle;
  const file = sqlitePath ? new SqliteDatabase(sqlitePath) : undefined;
  // A page cache as large as the 10,000-leader file (1.5 GB) keeps the random-id primary keys in
  // memory as they grow, and each batch's commit need not wait for the disk: a seed cut short is
  // simply run again.
  file?.pragma('cache_size = -2000000');
  file?.pragma('synchronous = OFF');
  const existing = await db
    .selectFrom('users')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirst();
  if (Number(existing?.n ?? 0) > 0) throw new Error('The database already has accounts: seed an empty one.');
  const started = Date.now();
  const cpuBefore = process.cpuUsage();
  // One real argon2id hash, shared: every seeded leader signs in with the same password.
  const passwordHash = await createPasswordHasher().hash(seedPassword);
  const start = Date.parse('2025-12-01T09:00:00Z');
  const bar = log ? createProgressBar('seeding leaders', leaders) : undefined;
  let responses = 0;
  let checkins = 0;
  // SQLite: 50 leaders' rows are stored as soon as they are built, in a few large transactions: each
  // commit writes every page it changed to the write-ahead log once, and random ids change pages
  // all over the file, so fewer commits write far less.
  const loadSqlite = (sqlite: SqliteDatabase.Database, stagedAs: Map<string, string>) => {
    for (let first = 0; first < leaders; first += sqliteLeadersPerTransaction) {
      const last = Math.min(leaders, first + sqliteLeadersPerTransaction);
      sqlite.transaction(() => {
        for (let from = first; from < last; from += sqliteLeadersPerInsert) {
          const to = Math.min(last, from + sqliteLeadersPerInsert);
          const batch: Rows = {};
          for (let index = from; index < to; index++) merge(batch, leaderRows(index, passwordHash, start));
          responses += batch.responses?.length ?? 0;
          checkins += batch.daily_checkins?.length ?? 0;
          insertRowsSqlite(sqlite, batch, stagedAs);
          bar?.update(to);
        }
      })();
    }
    bar?.update(leaders);
  };
  const load = async () => {
    // The next batch is built while the database stores the last one.
    let storing: Promise<void> = Promise.resolve();
    for (let first = 0; first < leaders; first += leadersPerTransaction) {
      const last = Math.min(leaders, first + leadersPerTransaction);
      const batch: Rows = {};
      for (let index = first; index < last; index++) merge(batch, leaderRows(index, passwordHash, start));
      responses += batch.responses?.length ?? 0;
      checkins += batch.daily_checkins?.length ?? 0;
      await storing;
      storing = insertRows(db, batch, file).then(() => bar?.update(last));
    }
    await storing;
  };
  if (file) withIndexesBuiltAtTheEnd(file, (stagedAs) => loadSqlite(file, stagedAs));
  else await withKeysAndIndexesBuiltAtTheEnd(db, load);
  file?.close();
  // As a year of hourly sweeps would have left them (decision 0055): each cycle's next look is the
  // moment its next mini-survey falls due, not the '' its rounds' triggers wrote as they were stored.
  await db
    .updateTable('cycles')
    .set({ follow_up_check_at: nextMiniSurveyDueAt(start) })
    .execute();
  // Fresh statistics, as a database that grew over a year would have (PostgreSQL's autovacuum, SQLite's optimize).
  await sql`analyze`.execute(db);
  const cpu = process.cpuUsage(cpuBefore);
  return {
    leaders,
    responses,
    checkins,
    seconds: (Date.now() - started) / 1000,
    cpuSeconds: (cpu.user + cpu.system) / 1e6,
  };
}

/** The file behind a SQLite URL, as openDatabase reads it; undefined for PostgreSQL. */
export function sqlitePathOf(url: string): string | undefined {
  return /^postgres(ql)?:\/\//.test(url) ? undefined : url.replace(/^(file|sqlite):(\/\/)?/, '');
}
