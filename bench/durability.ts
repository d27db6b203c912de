/**
 * Trust, capability 5: SIGKILL the server at random moments while 50 stakeholders submit at once,
 * restart it, and check that no acknowledged answer is lost and the database is intact.
 *
 *   npm run bench:durability                # 200 cycles on SQLite
 *   npx tsx bench/durability.ts 20          # 20 cycles
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npm run bench:durability
 *                                           # also on PostgreSQL, in a fresh database dropped after
 *   SEED=1234 …                             # replay the kill points of an earlier run
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createFreshPostgresDatabase } from './durability/fresh-postgres';
import { type DurabilityReport, runDurability } from './durability/run-durability';

const cycles = Number(process.argv[2] ?? 200);
const seed = process.env.SEED ? Number(process.env.SEED) : undefined;
const postgresUrl = /^postgres(ql)?:\/\//.test(process.env.DATABASE_URL ?? '')
  ? process.env.DATABASE_URL
  : undefined;
const log = (line: string) => process.stdout.write(`${line}\n`);

async function onSqlite(): Promise<DurabilityReport> {
  const folder = mkdtempSync(join(tmpdir(), 'feedforward-durability-'));
  try {
    return await runDurability({ databaseUrl: `file:${join(folder, 'durability.db')}`, cycles, seed, log });
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

async function onPostgres(serverUrl: string): Promise<DurabilityReport> {
  const database = await createFreshPostgresDatabase(serverUrl);
  try {
    return await runDurability({ databaseUrl: database.url, cycles, seed, log });
  } finally {
    await database.drop();
  }
}

function summarize(report: DurabilityReport, seconds: number) {
  const saved = report.cycles.reduce((sum, cycle) => sum + cycle.savedUnacknowledged, 0);
  const broken = report.cycles.filter((cycle) => cycle.integrity !== 'ok').length;
  log(
    [
      `\n${report.engine}: ${report.cycles.length} SIGKILL cycles in ${seconds.toFixed(0)} s (seed ${report.seed})`,
      `  acknowledged answers: ${report.acknowledged}; responses stored: ${report.responses}` +
        ` (${saved} saved though the kill cut their acknowledgement)`,
      `  lost acknowledged answers: ${report.lost} (ceiling 0)`,
      `  failed integrity checks: ${broken} (ceiling 0)`,
      `  other problems: ${report.problems.length} (ceiling 0)`,
      ...report.problems.map((problem) => `    ${problem}`),
    ].join('\n'),
  );
  return report.lost === 0 && broken === 0 && report.problems.length === 0;
}

async function main() {
  if (!Number.isInteger(cycles) || cycles < 1) throw new Error('Usage: tsx bench/durability.ts [cycles]');
  const runs: [string, () => Promise<DurabilityReport>][] = [['SQLite', onSqlite]];
  if (postgresUrl) runs.push(['PostgreSQL', () => onPostgres(postgresUrl)]);
  let passed = true;
  for (const [name, run] of runs) {
    log(`\n${name}: ${cycles} cycles of 50 concurrent stakeholders, SIGKILL at a random moment in each`);
    const started = Date.now();
    passed = summarize(await run(), (Date.now() - started) / 1000) && passed;
  }
  process.exit(passed ? 0 : 1);
}

main().catch((error) => {
  process.stderr.write(`${error?.stack ?? String(error)}\n`);
  process.exit(1);
});
