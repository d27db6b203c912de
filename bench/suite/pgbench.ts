import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { createFreshPostgresDatabase } from '../durability/fresh-postgres';

const run = promisify(execFile);

export type PgbenchFigures = { selectTps: number; writeTps: number };

/**
 * PostgreSQL's own ceiling on this machine, with no app in front: pgbench's select-only run (one
 * indexed select per transaction) and its simple-update run (an update and an insert per
 * transaction, each committed), 10 clients on 2 threads, in a throwaway database.
 */
export async function pgbenchCeiling(serverUrl: string, seconds: number): Promise<PgbenchFigures | null> {
  const database = await createFreshPostgresDatabase(serverUrl, 'ff_pgbench');
  try {
    await run('pgbench', ['-i', '-q', '-s', '10', database.url]);
    const tps = async (mode: string) => {
      const { stdout } = await run('pgbench', [
        '-c',
        '10',
        '-j',
        '2',
        '-T',
        String(seconds),
        mode,
        database.url,
      ]);
      return Number(/tps = ([\d.]+)/.exec(stdout)?.[1] ?? Number.NaN);
    };
    return { selectTps: await tps('-S'), writeTps: await tps('-N') };
  } catch (error) {
    console.error(`pgbench did not run: ${(error as Error).message}`);
    return null;
  } finally {
    await database.drop();
  }
}
