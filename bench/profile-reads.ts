/**
 * Where a leader's read or a stakeholder's submit spends its CPU, as evidence for bench/RESULTS.md:
 * starts the compiled server (`npm run build` first) under `node --cpu-prof` over an already seeded
 * database, signs in `--readers` seeded leaders, reads each path once (warm-up), then loads one path
 * for `--seconds` at 50 connections and prints the server's CPU per request and the profile's top
 * frames. `--path submit` first opens a round of 20 fresh links for each of 500 seeded leaders
 * (written into the database, so seed again before the next submit profile) and sends each once.
 *
 *   npm run bench:seed -- --leaders 10000
 *   npx tsx bench/profile-reads.ts --path progress            (or rounds, or submit)
 *   npx tsx bench/profile-reads.ts --path rounds --database postgres://postgres@127.0.0.1:5432/ff_seed
 *
 * On a machine others share, the CPU per request and the frames' shares are the figures to compare:
 * the wall clock and the p99 mostly measure the wait for a core.
 */
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import SqliteDatabase from 'better-sqlite3';
import { openDatabase } from '../src/server/db/database';
import { sqlitePathOf } from './seed/seed-database';
import { prepareBenchData, signIn } from './suite/bench-fixtures';
import { load, roundRobin } from './suite/load';
import { settled, startMeasured } from './suite/measured-process';
import { topFrames } from './suite/profile';

const { values } = parseArgs({
  options: {
    database: { type: 'string', default: `file:${join(import.meta.dirname, '.data', 'seed.db')}` },
    path: { type: 'string', default: 'progress' },
    readers: { type: 'string', default: '20' },
    seconds: { type: 'string', default: '10' },
  },
});
if (!['progress', 'rounds', 'submit'].includes(values.path))
  throw new Error('--path is progress, rounds or submit');

const handle = openDatabase(values.database);
const sqlitePath = sqlitePathOf(values.database);
const file = sqlitePath ? new SqliteDatabase(sqlitePath) : undefined;
const submitData =
  values.path === 'submit'
    ? await prepareBenchData(handle.db, file, { rounds: 500, people: 20, readers: 0 })
    : undefined;
file?.close();
const leaders = await handle.db
  .selectFrom('users')
  .innerJoin('cycles', 'cycles.leader_id', 'users.id')
  .select(['users.email', 'cycles.id as cycleId'])
  .orderBy('users.email', 'desc')
  .limit(Number(values.readers))
  .execute();
const rounds = await handle.db
  .selectFrom('rounds')
  .select(['id', 'cycle_id'])
  .where(
    'cycle_id',
    'in',
    leaders.map((leader) => leader.cycleId),
  )
  .where('status', '=', 'closed')
  .execute();
await handle.close();

const profiles = mkdtempSync(join(tmpdir(), 'ff-profile-'));
const app = await startMeasured(`node --cpu-prof --cpu-prof-dir=${profiles} dist/server/main.js`, {
  DATABASE_URL: values.database,
  SEED_DEMO: 'false',
  LOG_LEVEL: 'warn',
  TRUST_PROXY: '1',
  SMTP_URL: '',
});
try {
  // The jobs a start queues (the follow-up sweep, retention, housekeeping) would be in the profile otherwise.
  await settled(app);
  const cookies = new Map<string, string>();
  for (const [n, leader] of leaders.entries())
    cookies.set(leader.cycleId, await signIn(app.baseUrl, leader.email, `10.9.0.${n + 1}`));
  if (submitData) {
    const tokens = [...submitData.links.tokens];
    const body = JSON.stringify({ answers: submitData.links.answers, showMyName: false });
    let network = 0;
    const figures = await load(
      app,
      () => ({
        method: 'POST',
        path: '/api/answer',
        headers: {
          'content-type': 'application/json',
          origin: app.baseUrl,
          cookie: `ff_answer=${tokens.pop() ?? 'used-up'}`,
          'x-forwarded-for': `10.8.${(++network >> 8) & 255}.${network & 255}`,
        },
        body,
      }),
      { seconds: Number(values.seconds) },
    );
    console.log(
      `submit: ${figures.okPerSecond.toFixed(0)} req/s, p99 ${figures.p99Ms} ms, ` +
        `${figures.cpuMsPerRequest.toFixed(2)} ms CPU per request, ${figures.failed} failed`,
    );
  }
  const paths =
    values.path === 'submit'
      ? []
      : values.path === 'progress'
        ? leaders.map((leader) => ({
            path: `/api/cycles/${leader.cycleId}/progress`,
            cycleId: leader.cycleId,
          }))
        : rounds.map((round) => ({ path: `/api/rounds/${round.id}`, cycleId: round.cycle_id }));
  for (const { path, cycleId } of paths) {
    const response = await fetch(`${app.baseUrl}${path}`, {
      headers: { cookie: cookies.get(cycleId) ?? '' },
    });
    if (response.status !== 200) throw new Error(`${path}: ${response.status}`);
  }
  const next = roundRobin(paths);
  const figures =
    paths.length === 0
      ? undefined
      : await load(
          app,
          () => {
            const { path, cycleId } = next();
            return {
              method: 'GET',
              path,
              headers: { cookie: cookies.get(cycleId) ?? '', 'accept-encoding': 'gzip' },
            };
          },
          { seconds: Number(values.seconds) },
        );
  if (figures)
    console.log(
      `${values.path}: ${figures.okPerSecond.toFixed(0)} req/s, p50 ${figures.p50Ms} ms, p99 ${figures.p99Ms} ms, ` +
        `${figures.cpuMsPerRequest.toFixed(2)} ms CPU per request, ${figures.failed} failed`,
    );
} finally {
  await app.stop(60_000);
}
// CPU.<date>.<time>.<pid>.<thread>.<n>.cpuprofile: thread 0 is the main thread, the others the text pool's workers.
const mainThread = readdirSync(profiles).find((name) =>
  /^CPU\.\d+\.\d+\.\d+\.0\.\d+\.cpuprofile$/.test(name),
);
if (!mainThread) throw new Error(`no main-thread profile in ${profiles}`);
const main = JSON.parse(readFileSync(join(profiles, mainThread), 'utf8'));
console.log(`profile: ${profiles}\n${topFrames(main, 25)}`);
