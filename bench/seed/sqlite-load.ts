import type SqliteDatabase from 'better-sqlite3';
import type { Rows } from './leader-rows';
import { tableOrder } from './table-order';

/** Rows per insert statement: binding and stepping a statement is paid once per 100 rows. */
const rowsPerStatement = 100;
const statements = new WeakMap<SqliteDatabase.Database, Map<string, SqliteDatabase.Statement>>();

/**
 * Inserts the rows table by table in one transaction: multi-row statements with positional
 * parameters, prepared once per file, table and row count. A table named in `stagedAs` is written
 * to its stand-in instead (see withIndexesBuiltAtTheEnd).
 */
export function insertRowsSqlite(
  file: SqliteDatabase.Database,
  rows: Rows,
  stagedAs = new Map<string, string>(),
) {
  const prepared = statements.get(file) ?? new Map<string, SqliteDatabase.Statement>();
  statements.set(file, prepared);
  file.transaction(() => {
    for (const table of tableOrder) {
      const list = rows[table] as Record<string, unknown>[] | undefined;
      if (!list || list.length === 0) continue;
      const target = stagedAs.get(table) ?? `"${table}"`;
      const columns = Object.keys(list[0] ?? {});
      for (let first = 0; first < list.length; first += rowsPerStatement) {
        const chunk = list.slice(first, first + rowsPerStatement);
        const key = `${target} ${columns.join(',')} ${chunk.length}`;
        let insert = prepared.get(key);
        if (!insert) {
          const tuple = `(${columns.map(() => '?').join(', ')})`;
          insert = file.prepare(
            `insert into ${target} (${columns.map((column) => `"${column}"`).join(', ')}) values ${Array(chunk.length).fill(tuple).join(', ')}`,
          );
          prepared.set(key, insert);
        }
        insert.run(chunk.flatMap((row) => columns.map((column) => row[column])));
      }
    }
  })();
}

/**
 * A row inserted with the indexes in place costs a B-tree search and insert per index, and one per
 * parent for its foreign keys, each at a random place for a random id. For the load:
 * - the seeded tables' own indexes (not the primary keys, which SQLite cannot drop) are dropped and
 *   created again after it from their stored definitions, one sort each (a unique index still
 *   refuses a duplicate then);
 * - foreign keys are off, and `foreign_key_check` checks every row after it;
 * - a table without rowid (responses), stored in the order of its random primary key, is written to
 *   a temporary table first and copied over in key order: a random insert into its B-tree was most
 *   of its cost. Its pages then end full, as migration 0025 left every existing database's.
 * The schema ends as migrated; a row the generator got wrong still fails the seed.
 */
export function withIndexesBuiltAtTheEnd(
  file: SqliteDatabase.Database,
  load: (stagedAs: Map<string, string>) => void,
) {
  const tables = tableOrder.map(() => '?').join(', ');
  const indexes = file
    .prepare(
      `select name, sql from sqlite_master where type = 'index' and sql is not null and tbl_name in (${tables})`,
    )
    .all(...tableOrder) as { name: string; sql: string }[];
  const withoutRowid = file
    .prepare(
      `select name from sqlite_master where type = 'table' and name in (${tables}) and sql like '%without rowid'`,
    )
    .pluck()
    .all(...tableOrder) as string[];
  file.pragma('foreign_keys = OFF');
  file.pragma('temp_store = MEMORY');
  for (const index of indexes) file.exec(`drop index "${index.name}"`);
  const stagedAs = new Map(withoutRowid.map((table) => [table, `temp."staged_${table}"`]));
  for (const [table, stand] of stagedAs)
    file.exec(`create table ${stand} as select * from "${table}" where 0`);
  try {
    load(stagedAs);
    for (const [table, stand] of stagedAs) {
      const key = file
        .prepare('select name from pragma_table_info(?) where pk > 0 order by pk')
        .pluck()
        .all(table) as string[];
      file.exec(
        `insert into "${table}" select * from ${stand} order by ${key.map((c) => `"${c}"`).join(', ')}`,
      );
    }
  } finally {
    for (const stand of stagedAs.values()) file.exec(`drop table if exists ${stand}`);
    for (const index of indexes) file.exec(index.sql);
    file.pragma('foreign_keys = ON');
  }
  const orphans = (file.pragma('foreign_key_check') as unknown[]).length;
  if (orphans > 0) throw new Error(`${orphans} seeded rows name a parent that is not there.`);
}
