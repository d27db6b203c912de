import { sql } from 'kysely';
import type { DatabaseEngine } from '../../src/server/db/database';
import { createTestApp, type TestApp } from '../support/test-app';

/** The real app over a fresh database, with its error log kept so a 5xx comes with its stack. */
export async function createFuzzApp(engine: DatabaseEngine) {
  const errorLines: string[] = [];
  const testApp = await createTestApp(engine, {
    env: { LOG_LEVEL: 'error' },
    writeLog: (line) => errorLines.push(line),
  });
  return { testApp, errorLines };
}

export async function tableNames(testApp: TestApp): Promise<string[]> {
  const { db, engine } = testApp.database;
  const rows =
    engine === 'sqlite'
      ? await sql<{ name: string }>`select name from sqlite_master where type = 'table'
          and name not like 'sqlite_%'`.execute(db)
      : await sql<{ name: string }>`select table_name as name from information_schema.tables
          where table_schema = current_schema() and table_type = 'BASE TABLE'`.execute(db);
  return rows.rows.map((row) => row.name).sort();
}

/** Row counts of every table in one query, so checking around each request stays cheap. */
export function rowCounter(testApp: TestApp, tables: string[]) {
  const query = sql<Record<string, number | string>>`select ${sql.join(
    tables.map((table) => sql`(select count(*) from ${sql.table(table)}) as ${sql.ref(table)}`),
  )}`;
  return async () => {
    const [row] = (await query.execute(testApp.database.db)).rows;
    return Object.fromEntries(tables.map((table) => [table, Number(row?.[table])]));
  };
}
