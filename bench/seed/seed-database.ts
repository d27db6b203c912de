import SqliteDatabase from 'better-sqlite3';
import { sql } from 'kysely';
import type { Database, DatabaseHandle } from '../../src/server/db/database';
import type { Schema } from '../../src/server/db/schema';
import { createPasswordHasher } from '../../src/server/security/passwords';
import { leaderRows, nextMiniSurveyDueAt, type Rows, seedPassword } from './leader-rows';
import { createProgressBar } from './progress-bar';

/** Parents before children, so every foreign key finds its row. */
const tableOrder: (keyof Schema)[] = [
  'users',
  'workspaces',
  'memberships',
  'stakeholders',
  'cycles',
  'commitments',
  'rounds',
  'round_invitations',
  'invitation_tokens',
  'responses',
  'daily_checkins',
];
const leadersPerTransaction = 200;
const sqliteLeadersPerTransaction = 2_500;

/**
 * Inserts the rows table by table in one transaction. On SQLite through one prepared statement per
 * table on the same file, row by row in-process; on PostgreSQL one statement per table.
 */
export async function insertRows(
  db: Database,
  rows: Rows,
  sqliteFile?: SqliteDatabase.Database,
): Promise<void> {
  if (sqliteFile) return insertRowsSqlite(sqliteFile, rows);
  await db.transaction().execute(async (trx) => {
    // Nothing waits for the disk per batch: a seed cut short is simply run again.
    await sql`set local synchronous_commit = off`.execute(trx);
    for (const table of tableOrder) {
      const list = rows[table] as Record<string, unknown>[] | undefined;
      if (list && list.length > 0) await insertAsJson(trx, table, list);
    }
  });
}

/**
 * One statement per table however many rows: they go as one JSON parameter, which PostgreSQL turns
 * back into rows of the table's own column types, so neither side builds a statement with a million
 * parameters (and PostgreSQL parses one JSON text faster than a text array per column).
 */
async function insertAsJson(db: Database, table: string, list: Record<string, unknown>[]) {
  const columns = sql.join(Object.keys(list[0] ?? {}).map((column) => sql.ref(column)));
  await sql`insert into ${sql.table(table)} (${columns})
    select ${columns} from json_populate_recordset(null::${sql.table(table)}, ${JSON.stringify(list)}::json)`.execute(
    db,
  );
}

/**
 * PostgreSQL checks a foreign key row by row as it inserts, about 40 % of its CPU in this seed. The
 * seeded tables' foreign keys are dropped for the load and added again after it under their own
 * names and definitions, which checks every row at once (a join): the schema ends as migrated, and
 * a row the generator got wrong still fails the seed.
 */
async function withForeignKeysCheckedAtTheEnd(db: Database, load: () => Promise<void>) {
  const { rows: keys } = await sql<{ table: string; name: string; definition: string }>`
    select conrelid::regclass::text as "table", conname as name, pg_get_constraintdef(oid) as definition
    from pg_constraint where contype = 'f' and conrelid::regclass::text in (${sql.join(tableOrder)})`.execute(
    db,
  );
  for (const key of keys)
    await sql`alter table ${sql.table(key.table)} drop constraint ${sql.ref(key.name)}`.execute(db);
  try {
    await load();
  } finally {
    for (const key of keys)
      await sql`alter table ${sql.table(key.table)} add constraint ${sql.ref(key.name)} ${sql.raw(key.definition)}`.execute(
        db,
      );
  }
}

const statements = new WeakMap<SqliteDatabase.Database, Map<string, SqliteDatabase.Statement>>();

/** Row by row through one statement per table and column list, prepared once per file. */
function insertRowsSqlite(file: SqliteDatabase.Database, rows: Rows) {
  const prepared = statements.get(file) ?? new Map<string, SqliteDatabase.Statement>();
  statements.set(file, prepared);
  file.transaction(() => {
    for (const table of tableOrder) {
      const list = rows[table] as Record<string, unknown>[] | undefined;
      if (!list || list.length === 0) continue;
      const columns = Object.keys(list[0] ?? {});
      const text = `insert into "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) values (${columns.map((c) => `@${c}`).join(', ')})`;
      const insert = prepared.get(text) ?? file.prepare(text);
      prepared.set(text, insert);
      for (const row of list) insert.run(row);
    }
  })();
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
  // Foreign keys stay checked. A page cache as large as the 10,000-leader file (1.5 GB) keeps the
  // random-id indexes in memory as they grow, and each batch's commit need not wait for the disk:
  // a seed cut short is simply run again.
  file?.pragma('foreign_keys = ON');
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
  // SQLite: a leader's rows are stored as soon as they are built, in a few large transactions: each
  // commit writes every page it changed to the write-ahead log once, and random ids change pages
  // all over the file, so fewer commits write far less.
  const loadSqlite = (sqlite: SqliteDatabase.Database) => {
    for (let first = 0; first < leaders; first += sqliteLeadersPerTransaction) {
      const last = Math.min(leaders, first + sqliteLeadersPerTransaction);
      sqlite.transaction(() => {
        for (let index = first; index < last; index++) {
          const rows = leaderRows(index, passwordHash, start);
          responses += rows.responses?.length ?? 0;
          checkins += rows.daily_checkins?.length ?? 0;
          insertRowsSqlite(sqlite, rows);
          if (index % 100 === 99) bar?.update(index + 1);
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
  if (file) loadSqlite(file);
  else await withForeignKeysCheckedAtTheEnd(db, load);
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
