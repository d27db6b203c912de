import type { Database as BetterSqliteDatabase, Statement } from 'better-sqlite3';
import type { SqliteDatabase } from 'kysely';

/** Distinct query texts kept prepared; `in (…)` lists of varying length make a few more than the code has. */
const keptStatements = 500;

/**
 * Kysely's SQLite driver prepares every query again each time it runs (about 7 % of an answer's
 * CPU in issue 14's profile). A prepared statement can run again with other parameters, and Kysely
 * runs one query at a time on its single connection (streams included), so the same SQL text can
 * share one statement. Least recently used first out; closing the database finalizes them all.
 */
export function withStatementCache(sqlite: BetterSqliteDatabase): SqliteDatabase {
  const statements = new Map<string, Statement>();
  return {
    close: () => sqlite.close(),
    prepare(sql: string) {
      const kept = statements.get(sql);
      if (kept) {
        // Moved to the end: a Map iterates in insertion order, so the first key is the least recent.
        statements.delete(sql);
        statements.set(sql, kept);
        return kept;
      }
      const statement = sqlite.prepare(sql);
      statements.set(sql, statement);
      if (statements.size > keptStatements) statements.delete(statements.keys().next().value as string);
      return statement;
    },
  };
}
