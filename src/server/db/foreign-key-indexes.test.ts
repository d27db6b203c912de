import { sql } from 'kysely';
import { afterEach, beforeEach, expect, test } from 'vitest';
import {
  createTestDatabase,
  describeEachEngine,
  type TestDatabase,
} from '../../../tests/support/test-database';
import type { Database, DatabaseEngine } from './database';

type Columns = { table: string; columns: string[] };

/** Foreign keys and whole-table indexes as the engine's own catalog has them, after every migration. */
async function catalog(db: Database, engine: DatabaseEngine) {
  return engine === 'sqlite' ? sqliteCatalog(db) : postgresCatalog(db);
}

async function sqliteCatalog(db: Database) {
  const tables = await sql<{ name: string }>`
    select name from sqlite_master
    where type = 'table' and name not like 'sqlite_%' and name not like 'kysely_%'`.execute(db);
  const foreignKeys: Columns[] = [];
  const indexes: Columns[] = [];
  for (const { name: table } of tables.rows) {
    const keys = await sql<{ id: number; seq: number; from: string }>`
      select id, seq, "from" from pragma_foreign_key_list(${table}) order by id, seq`.execute(db);
    for (const id of new Set(keys.rows.map((key) => key.id))) {
      foreignKeys.push({ table, columns: keys.rows.filter((key) => key.id === id).map((key) => key.from) });
    }
    // A partial index serves only the rows its condition picks, so it does not count.
    const list = await sql<{ name: string }>`
      select name from pragma_index_list(${table}) where partial = 0`.execute(db);
    for (const { name } of list.rows) {
      const info = await sql<{ name: string }>`
        select name from pragma_index_info(${name}) order by seqno`.execute(db);
      indexes.push({ table, columns: info.rows.map((column) => column.name) });
    }
  }
  return { foreignKeys, indexes };
}

async function postgresCatalog(db: Database) {
  const columnsOf = (relation: string, attnums: string) =>
    sql.raw(`array(
      select a.attname::text from unnest(${attnums}) with ordinality as k(attnum, ord)
      join pg_attribute a on a.attrelid = ${relation} and a.attnum = k.attnum order by k.ord)`);
  const foreignKeys = await sql<Columns>`
    select cl.relname::text as "table", ${columnsOf('con.conrelid', 'con.conkey')} as columns
    from pg_constraint con
    join pg_class cl on cl.oid = con.conrelid
    join pg_namespace n on n.oid = cl.relnamespace
    where con.contype = 'f' and n.nspname = current_schema()`.execute(db);
  const indexes = await sql<Columns>`
    select cl.relname::text as "table", ${columnsOf('i.indrelid', 'i.indkey::int2[]')} as columns
    from pg_index i
    join pg_class cl on cl.oid = i.indrelid
    join pg_namespace n on n.oid = cl.relnamespace
    where n.nspname = current_schema() and i.indpred is null`.execute(db);
  return { foreignKeys: foreignKeys.rows, indexes: indexes.rows };
}

/** An index serves lookups by the key when the key's columns, in any order, are its leading ones. */
function leads(index: Columns, key: Columns): boolean {
  const leading = new Set(index.columns.slice(0, key.columns.length));
  return index.table === key.table && key.columns.every((column) => leading.has(column));
}

describeEachEngine('foreign keys', (engine) => {
  let database: TestDatabase;
  beforeEach(async () => {
    database = await createTestDatabase(engine);
  });
  afterEach(async () => {
    await database.dispose();
  });

  // Every foreign key is looked up: at least when its parent row is deleted, the engine finds the
  // children by it, and without an index that scans the whole child table.
  test('every foreign key has an index whose leading columns are its own', async () => {
    const { foreignKeys, indexes } = await catalog(database.db, engine);
    expect(foreignKeys.length).toBeGreaterThan(10);
    const unindexed = foreignKeys
      .filter((key) => !indexes.some((index) => leads(index, key)))
      .map((key) => `${key.table}(${key.columns.join(', ')})`);
    expect(unindexed).toEqual([]);
  });
});
