/**
 * Builds a realistic data set for `npm run bench` and for trying the app at scale:
 *
 *   npm run bench:seed -- --leaders 10000                       # SQLite, bench/.data/seed.db (replaced)
 *   npm run bench:seed -- --leaders 10000 --database postgres://postgres@127.0.0.1:5432/ff_seed
 *
 * BENCH_DATABASE_URL works in place of --database. The database is migrated first and must hold no
 * accounts yet. Every seeded leader signs in as leader<N>@bench.example with "bench leader password".
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { openDatabase } from '../src/server/db/database';
import { migrateToLatest } from '../src/server/db/migrate';
import { seedLeaders, sqlitePathOf } from './seed/seed-database';

const { values } = parseArgs({
  options: { leaders: { type: 'string', default: '10000' }, database: { type: 'string' } },
});
const leaders = Number(values.leaders);
if (!Number.isInteger(leaders) || leaders < 1) {
  console.error('--leaders must be a whole number of leaders, 1 or more');
  process.exit(1);
}
const defaultFile = join(import.meta.dirname, '.data', 'seed.db');
const url = values.database ?? process.env.BENCH_DATABASE_URL ?? `file:${defaultFile}`;
if (url === `file:${defaultFile}`)
  for (const suffix of ['', '-wal', '-shm']) rmSync(defaultFile + suffix, { force: true });

const handle = openDatabase(url);
try {
  await migrateToLatest(handle.db);
  const summary = await seedLeaders(handle, sqlitePathOf(url), leaders);
  console.log(
    `${summary.leaders} leaders, ${summary.responses} responses, ${summary.checkins} check-ins on ${handle.engine} in ${summary.seconds.toFixed(1)} s, ${summary.cpuSeconds.toFixed(1)} s of this process's CPU (${url.replace(/\/\/[^@]*@/, '//')})`,
  );
} finally {
  await handle.close();
}
