/**
 * Fuzzes every route of the app with generated requests and fails on any server error.
 *   npm run bench:fuzz -- 100000          (or FUZZ_REQUESTS=100000; FUZZ_SEED=… replays a run)
 * Runs on SQLite, then on PostgreSQL when DATABASE_URL or TEST_DATABASE_URL is set.
 */
import type { DatabaseEngine } from '../src/server/db/database';
import { createFuzzApp } from '../tests/fuzz/fuzz-app';
import { runFuzz, summary } from '../tests/fuzz/fuzz-runner';

const total = Number(process.argv[2] ?? process.env.FUZZ_REQUESTS ?? 100_000);
const seed = Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31);
const postgresUrl = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL;
if (postgresUrl) process.env.TEST_DATABASE_URL = postgresUrl;

const rejections: unknown[] = [];
process.on('unhandledRejection', (reason) => rejections.push(reason));

async function fuzzOn(engine: DatabaseEngine): Promise<boolean> {
  const { testApp, errorLines } = await createFuzzApp(engine);
  try {
    const figures = await runFuzz(testApp, errorLines, {
      total,
      seed,
      // PostgreSQL counts rows over the network: check a sample of requests instead of all.
      countEvery: engine === 'sqlite' ? 1 : 10,
      refreshEveryChunks: 20,
      onChunk: (progress) =>
        process.stderr.write(
          `\r${engine}: ${progress.sent}/${total} (${Math.round(progress.sent / progress.seconds)}/s)`,
        ),
    });
    process.stderr.write('\n');
    console.log(summary(figures));
    for (const error of figures.serverErrors.slice(0, 5))
      console.log('\nSERVER ERROR', JSON.stringify(error, null, 2));
    for (const write of figures.partialWrites.slice(0, 5))
      console.log('\nPARTIAL WRITE', JSON.stringify(write, null, 2));
    return figures.serverErrors.length === 0 && figures.partialWrites.length === 0;
  } finally {
    await testApp.dispose();
  }
}

const engines: DatabaseEngine[] = postgresUrl ? ['sqlite', 'postgres'] : ['sqlite'];
if (!postgresUrl) console.log('PostgreSQL skipped: set DATABASE_URL or TEST_DATABASE_URL to fuzz it too.');
let passed = true;
for (const engine of engines) passed = (await fuzzOn(engine)) && passed;
console.log(`unhandled rejections: ${rejections.length}`);
for (const reason of rejections.slice(0, 5)) console.log(reason);
process.exit(passed && rejections.length === 0 ? 0 : 1);
