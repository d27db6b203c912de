import {
  CompiledQuery,
  type KyselyPlugin,
  type PluginTransformQueryArgs,
  type PluginTransformResultArgs,
  sql,
} from 'kysely';
import type { Database, DatabaseEngine } from '../../src/server/db/database';

/**
 * Records every statement the app sends while `recording` is on, compiled as the engine gets it
 * (SQL text and parameters), so a test can ask the engine how it would run each one.
 */
export function createQueryRecorder() {
  const recorded: CompiledQuery[] = [];
  const state = { recording: false };
  let compile: ((args: PluginTransformQueryArgs) => CompiledQuery) | undefined;
  const plugin: KyselyPlugin = {
    transformQuery(args) {
      if (state.recording && compile) recorded.push(compile(args));
      return args.node;
    },
    transformResult: async (args: PluginTransformResultArgs) => args.result,
  };
  return {
    /** The same database, with every statement seen by the recorder. */
    watch(db: Database): Database {
      const executor = db.getExecutor();
      compile = ({ node, queryId }) => executor.compileQuery(node, queryId);
      return db.withPlugin(plugin);
    },
    async during<T>(work: () => Promise<T>): Promise<T> {
      state.recording = true;
      try {
        return await work();
      } finally {
        state.recording = false;
      }
    },
    /** Each distinct statement once (the first parameters seen with it). */
    statements(): CompiledQuery[] {
      const seen = new Map<string, CompiledQuery>();
      for (const query of recorded) if (!seen.has(query.sql)) seen.set(query.sql, query);
      return [...seen.values()];
    },
  };
}

export type FullScan = { table: string; statement: string };

/**
 * The tables the engine would read whole to run the statement. SQLite says `SCAN t` (with or
 * without `USING INDEX`: walking a whole index is a full scan too) where it cannot seek;
 * PostgreSQL, with sequential scans priced out (`enable_seqscan = off`), still picks a `Seq Scan`
 * only where no index could serve, whatever the table's size.
 */
export async function fullScans(db: Database, engine: DatabaseEngine, query: CompiledQuery) {
  return engine === 'sqlite' ? sqliteFullScans(db, query) : postgresFullScans(db, query);
}

async function sqliteFullScans(db: Database, query: CompiledQuery): Promise<FullScan[]> {
  const plan = await db.executeQuery<{ detail: string }>(
    CompiledQuery.raw(`explain query plan ${query.sql}`, [...query.parameters]),
  );
  // A named subquery SQLite runs as a co-routine or materializes ("CO-ROUTINE link", then
  // "SCAN link") is read from the rows its own indexed lines produced, not from a stored table.
  const subqueries = new Set(
    plan.rows.flatMap(({ detail }) => /^(?:CO-ROUTINE|MATERIALIZE) (\w+)$/.exec(detail)?.[1] ?? []),
  );
  return plan.rows.flatMap(({ detail }) => {
    // "SCAN (subquery-1)", "SCAN 3 CONSTANT ROWS" (a VALUES list) and table-valued functions read
    // no stored table.
    const table = /^SCAN ([A-Za-z_]\w*)(?! VIRTUAL TABLE)/.exec(detail)?.[1];
    return table && table !== 'CONSTANT' && !subqueries.has(table) ? [{ table, statement: query.sql }] : [];
  });
}

type PlanNode = { 'Node Type': string; 'Relation Name'?: string; Plans?: PlanNode[] };

async function postgresFullScans(db: Database, query: CompiledQuery): Promise<FullScan[]> {
  return db.connection().execute(async (connection) => {
    await sql`set enable_seqscan = off`.execute(connection);
    try {
      const result = await connection.executeQuery<{ 'QUERY PLAN': { Plan: PlanNode }[] }>(
        CompiledQuery.raw(`explain (format json) ${query.sql}`, [...query.parameters]),
      );
      const plan = result.rows[0]?.['QUERY PLAN'][0]?.Plan;
      return plan ? seqScansIn(plan).map((table) => ({ table, statement: query.sql })) : [];
    } finally {
      await sql`reset enable_seqscan`.execute(connection);
    }
  });
}

function seqScansIn(node: PlanNode): string[] {
  const own = node['Node Type'] === 'Seq Scan' && node['Relation Name'] ? [node['Relation Name']] : [];
  return [...own, ...(node.Plans ?? []).flatMap(seqScansIn)];
}
