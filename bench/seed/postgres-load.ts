import { sql } from 'kysely';
import type { Database } from '../../src/server/db/database';
import type { Rows } from './leader-rows';
import { tableOrder } from './table-order';

/** Inserts the rows table by table in one transaction, one statement per table. */
export async function insertRowsPostgres(db: Database, rows: Rows): Promise<void> {
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

type Constraint = { table: string; name: string; definition: string };

/**
 * PostgreSQL checks a foreign key and updates every index row by row as it inserts, at a random
 * place for a random id. The seeded tables' foreign keys, their primary keys and unique
 * constraints that no other table's foreign key needs, and their other indexes are dropped for the
 * load and created again after it, under their own names and definitions: an index is then built
 * by one sort, and a foreign key checks every row at once (a join). The schema ends as migrated,
 * and a row the generator got wrong (a duplicate, a missing parent) still fails the seed.
 * 10,000 leaders: 167 s → 92 s without the indexes, 51 → 35 s of the server's CPU (load average
 * 8–10); the keys too, on 2,000 leaders: 23 → 14 s.
 */
export async function withKeysAndIndexesBuiltAtTheEnd(db: Database, load: () => Promise<void>) {
  const tables = sql.join(tableOrder);
  const { rows: foreignKeys } = await sql<Constraint>`
    select conrelid::regclass::text as "table", conname as name, pg_get_constraintdef(oid) as definition
    from pg_constraint where contype = 'f' and conrelid::regclass::text in (${tables})`.execute(db);
  for (const key of foreignKeys) await dropConstraint(db, key);
  const { rows: keys } = await sql<Constraint>`
    select conrelid::regclass::text as "table", conname as name, pg_get_constraintdef(oid) as definition
    from pg_constraint as c where contype in ('p', 'u') and conrelid::regclass::text in (${tables})
    and not exists (select 1 from pg_constraint where contype = 'f' and conindid = c.conindid)`.execute(db);
  for (const key of keys) await dropConstraint(db, key);
  const { rows: indexes } = await sql<{ name: string; definition: string }>`
    select indexrelid::regclass::text as name, pg_get_indexdef(indexrelid) as definition from pg_index
    where indrelid::regclass::text in (${tables})
    and not exists (select 1 from pg_constraint where conindid = indexrelid and contype in ('p', 'u', 'x'))`.execute(
    db,
  );
  for (const index of indexes) await sql`drop index ${sql.ref(index.name)}`.execute(db);
  try {
    await load();
  } finally {
    // On one connection, so the memory for a sort holds for every index it builds.
    await db.connection().execute(async (connection) => {
      await sql`set maintenance_work_mem = '256MB'`.execute(connection);
      for (const key of keys) await addConstraint(connection, key);
      for (const index of indexes) await sql.raw(index.definition).execute(connection);
      for (const key of foreignKeys) await addConstraint(connection, key);
      await sql`reset maintenance_work_mem`.execute(connection);
    });
  }
}

async function dropConstraint(db: Database, { table, name }: Constraint) {
  await sql`alter table ${sql.table(table)} drop constraint ${sql.ref(name)}`.execute(db);
}

async function addConstraint(db: Database, { table, name, definition }: Constraint) {
  await sql`alter table ${sql.table(table)} add constraint ${sql.ref(name)} ${sql.raw(definition)}`.execute(
    db,
  );
}
