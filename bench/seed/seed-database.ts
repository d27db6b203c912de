import SqliteDatabase from 'better-sqlite3';
import { sql } from 'kysely';
import type { Database, DatabaseHandle } from '../../src/server/db/database';
import type { Schema } from '../../src/server/db/schema';
import { createPasswordHasher } from '../../src/server/security/passwords';
import { leaderRows, type Rows, seedPassword } from './leader-rows';
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
    for (const table of tableOrder) {
      const list = rows[table] as Record<string, unknown>[] | undefined;
      if (list && list.length > 0) await insertByArrays(trx, table, list);
    }
  });
}

/**
 * One statement per table however many rows: each column goes as one array parameter and
 * `unnest` turns them back into rows, so neither side builds a statement with a million parameters.
 */
async function insertByArrays(db: Database, table: string, list: Record<string, unknown>[]) {
  const columns = Object.keys(list[0] ?? {});
  const arrays = columns.map((column) => {
    const values = list.map((row) => row[column] ?? null);
    const type = values.some((value) => typeof value === 'number') ? 'int[]' : 'text[]';
    return sql`${values}::${sql.raw(type)}`;
  });
  await sql`insert into ${sql.table(table)} (${sql.join(columns.map((column) => sql.ref(column)))})
    select * from unnest(${sql.join(arrays)})`.execute(db);
}

function insertRowsSqlite(file: SqliteDatabase.Database, rows: Rows) {
  file.transaction(() => {
    for (const table of tableOrder) {
      const list = rows[table] as Record<string, unknown>[] | undefined;
      if (!list || list.length === 0) continue;
      const columns = Object.keys(list[0] ?? {});
      const insert = file.prepare(
        `insert into "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) values (${columns.map((c) => `@${c}`).join(', ')})`,
      );
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

export type SeedSummary = { leaders: number; responses: number; checkins: number; seconds: number };

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
  file?.pragma('foreign_keys = ON');
  const existing = await db
    .selectFrom('users')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirst();
  if (Number(existing?.n ?? 0) > 0) throw new Error('The database already has accounts: seed an empty one.');
  const started = Date.now();
  // One real argon2id hash, shared: every seeded leader signs in with the same password.
  const passwordHash = await createPasswordHasher().hash(seedPassword);
  const start = Date.parse('2025-12-01T09:00:00Z');
  const bar = log ? createProgressBar('seeding leaders', leaders) : undefined;
  let responses = 0;
  let checkins = 0;
  for (let first = 0; first < leaders; first += leadersPerTransaction) {
    const batch: Rows = {};
    for (let index = first; index < Math.min(leaders, first + leadersPerTransaction); index++) {
      merge(batch, leaderRows(index, passwordHash, start));
    }
    responses += batch.responses?.length ?? 0;
    checkins += batch.daily_checkins?.length ?? 0;
    await insertRows(db, batch, file);
    bar?.update(Math.min(leaders, first + leadersPerTransaction));
  }
  file?.close();
  // Fresh statistics, as a database that grew over a year would have (PostgreSQL's autovacuum, SQLite's optimize).
  await sql`analyze`.execute(db);
  return { leaders, responses, checkins, seconds: (Date.now() - started) / 1000 };
}

/** The file behind a SQLite URL, as openDatabase reads it; undefined for PostgreSQL. */
export function sqlitePathOf(url: string): string | undefined {
  return /^postgres(ql)?:\/\//.test(url) ? undefined : url.replace(/^(file|sqlite):(\/\/)?/, '');
}
