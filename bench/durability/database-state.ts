import SqliteDatabase from 'better-sqlite3';
import pg from 'pg';

/** What the database itself says after a restart, read directly rather than through the app. */
export type DatabaseState = {
  responses: number;
  /** Stored responses per round id. */
  responsesByRound: Map<string, number>;
  answeredInvitations: number;
  /** Rounds holding fewer responses than answered invitations, or more responses than people asked. */
  roundsOutOfStep: number;
  /** `ok`, or what the engine's own check found. */
  integrity: string;
};

const countResponses = 'select count(*) as n from responses';
const countAnswered = 'select count(*) as n from round_invitations where answered = 1';
const countRoundsOutOfStep = `
  select count(*) as n from rounds r
  where (select count(*) from responses s where s.round_id = r.id)
     < (select count(*) from round_invitations i where i.round_id = r.id and i.answered = 1)
     or (select count(*) from responses s where s.round_id = r.id)
     > (select count(*) from round_invitations i where i.round_id = r.id)`;
const responsesPerRound = 'select round_id, count(*) as n from responses group by round_id';
const byRound = (rows: { round_id: string; n: number | string }[]) =>
  new Map(rows.map((row) => [row.round_id, Number(row.n)]));
const orphans = `
  select (select count(*) from responses s where not exists (select 1 from rounds r where r.id = s.round_id))
       + (select count(*) from invitation_tokens t
          where not exists (select 1 from round_invitations i where i.id = t.invitation_id)) as n`;

export function isPostgresUrl(url: string): boolean {
  return /^postgres(ql)?:\/\//.test(url);
}

export function readDatabaseState(databaseUrl: string): Promise<DatabaseState> {
  return isPostgresUrl(databaseUrl) ? readPostgres(databaseUrl) : Promise.resolve(readSqlite(databaseUrl));
}

function readSqlite(databaseUrl: string): DatabaseState {
  // The same file the server opened; WAL lets this reader see a consistent snapshot beside it.
  const sqlite = new SqliteDatabase(databaseUrl.replace(/^(file|sqlite):(\/\/)?/, ''), {
    fileMustExist: true,
  });
  try {
    const count = (query: string) => Number((sqlite.prepare(query).get() as { n: number }).n);
    const integrity = (sqlite.pragma('integrity_check') as { integrity_check: string }[])
      .map((row) => row.integrity_check)
      .join('; ');
    const foreignKeyProblems = (sqlite.pragma('foreign_key_check') as unknown[]).length;
    return {
      responses: count(countResponses),
      answeredInvitations: count(countAnswered),
      roundsOutOfStep: count(countRoundsOutOfStep),
      responsesByRound: byRound(sqlite.prepare(responsesPerRound).all() as { round_id: string; n: number }[]),
      integrity:
        foreignKeyProblems === 0 && count(orphans) === 0
          ? integrity
          : `${integrity}; ${foreignKeyProblems} foreign key problems; ${count(orphans)} orphans`,
    };
  } finally {
    sqlite.close();
  }
}

async function readPostgres(databaseUrl: string): Promise<DatabaseState> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const count = async (query: string) => Number((await client.query(query)).rows[0]?.n);
    const orphanRows = await count(orphans);
    const perRound = await client.query<{ round_id: string; n: string }>(responsesPerRound);
    return {
      responses: await count(countResponses),
      answeredInvitations: await count(countAnswered),
      roundsOutOfStep: await count(countRoundsOutOfStep),
      responsesByRound: byRound(perRound.rows),
      integrity:
        [orphanRows === 0 ? 'ok' : `${orphanRows} orphans`, await checkIndexes(client)]
          .filter((finding) => finding !== 'ok')
          .join('; ') || 'ok',
    };
  } finally {
    await client.end();
  }
}

/** amcheck verifies every B-tree index against its own invariants, where the extension is installed. */
async function checkIndexes(client: pg.Client): Promise<string> {
  try {
    await client.query('create extension if not exists amcheck');
  } catch {
    return 'ok';
  }
  try {
    await client.query(`
      select bt_index_check(c.oid, true) from pg_index i
      join pg_class c on c.oid = i.indexrelid
      join pg_am am on am.oid = c.relam
      where am.amname = 'btree' and c.relnamespace = 'public'::regnamespace`);
    return 'ok';
  } catch (error) {
    return `amcheck: ${(error as Error).message}`;
  }
}
