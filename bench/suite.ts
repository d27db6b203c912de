/**
 * Issue 14's suite: the app against a bare ceiling (Hono + the same database driver doing one
 * insert or one indexed select, bench/suite/ceiling-server.mjs), side by side in the same run, on
 * SQLite and on PostgreSQL, over a freshly seeded data set of `--leaders` leaders (issue 14's
 * 10,000 by default, about a million responses, whose seeds take about 75 s on SQLite and 2 min on
 * PostgreSQL on a shared 2-core machine at load average 7–12; fewer for a quicker look).
 * Prints every figure next to the ceiling's and writes bench/RESULTS.md with the machine, the date
 * and the command.
 *
 *   npm run bench                                   (builds first; PostgreSQL at BENCH_POSTGRES_URL or
 *                                                    TEST_DATABASE_URL, skipped with a note without one)
 *   npm run bench -- --leaders 1100 --seconds 5     (a quicker look)
 *
 * The app runs as `npm start` runs it (package.json's start script, without npm around it).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import SqliteDatabase from 'better-sqlite3';
import { openDatabase } from '../src/server/db/database';
import { migrateToLatest } from '../src/server/db/migrate';
import { createFreshPostgresDatabase } from './durability/fresh-postgres';
import { seedLeaders, sqlitePathOf } from './seed/seed-database';
import { type ProgramReader, prepareBenchData, type ReadingLeader, signIn } from './suite/bench-fixtures';
import { firstLoadOf, isBuilt } from './suite/first-load';
import { type LoadFigures, type LoadRequest, load, roundRobin } from './suite/load';
import { type MeasuredProcess, settled, startMeasured } from './suite/measured-process';
import { type PgbenchFigures, pgbenchCeiling } from './suite/pgbench';
import { type Figure, loadLine, machineLine, tableOf } from './suite/report';

const { values } = parseArgs({
  options: {
    leaders: { type: 'string', default: '10000' },
    seconds: { type: 'string', default: '10' },
  },
});
const leaders = Number(values.leaders);
const seconds = Number(values.seconds);
const postgresServer = process.env.BENCH_POSTGRES_URL ?? process.env.TEST_DATABASE_URL;
const repo = join(import.meta.dirname, '..');
const startCommand = (
  JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')) as {
    scripts: { start: string };
  }
).scripts.start;
const ceilingCommand = 'node bench/suite/ceiling-server.mjs';
const submitRounds = 1_000;
const peoplePerRound = 20;
const readers = 20;
const MB = 2 ** 20;

const figures: Figure[] = [];
const notes: string[] = [];
const startedAt = new Date();
const loadBefore = loadLine();

/** Every stakeholder comes from a network of their own, as through a proxy (TRUST_PROXY=1). */
let networks = 0;
const nextNetwork = () => {
  networks++;
  return `10.${(networks >> 16) & 255}.${(networks >> 8) & 255}.${networks & 255}`;
};

type Engine = 'sqlite' | 'postgres';

async function freshDatabase(engine: Engine) {
  if (engine === 'postgres') return createFreshPostgresDatabase(postgresServer as string, 'ff_bench');
  const folder = join(repo, 'bench', '.data');
  mkdirSync(folder, { recursive: true });
  const file = join(folder, 'bench.db');
  const clean = () => {
    for (const suffix of ['', '-wal', '-shm']) rmSync(file + suffix, { force: true });
  };
  clean();
  return { url: `file:${file}`, drop: async () => clean() };
}

async function seed(url: string) {
  const handle = openDatabase(url);
  const path = sqlitePathOf(url);
  try {
    await migrateToLatest(handle.db);
    const summary = await seedLeaders(handle, path, leaders);
    const file = path ? new SqliteDatabase(path) : undefined;
    const data = await prepareBenchData(handle.db, file, {
      rounds: submitRounds,
      people: peoplePerRound,
      readers,
    });
    file?.close();
    return { summary, ...data };
  } finally {
    await handle.close();
  }
}

function record(engine: Engine, name: string, app: LoadFigures, ceiling: LoadFigures, p99Target?: number) {
  figures.push({
    figure: `${name}: throughput`,
    engine,
    app: app.okPerSecond,
    ceiling: ceiling.okPerSecond,
    unit: 'req/s',
    higherIsBetter: true,
  });
  figures.push({
    figure: `${name}: p99 at 50 connections`,
    engine,
    app: app.p99Ms,
    ceiling: ceiling.p99Ms,
    unit: 'ms',
    higherIsBetter: false,
    ...(p99Target
      ? { target: { label: `< ${p99Target} ms`, met: app.okPerSecond > 0 && app.p99Ms < p99Target } }
      : {}),
  });
  figures.push({
    figure: `${name}: CPU per request`,
    engine,
    app: app.cpuMsPerRequest,
    ceiling: ceiling.cpuMsPerRequest,
    unit: 'ms',
    higherIsBetter: false,
  });
  for (const [who, run] of [
    ['app', app],
    ['ceiling', ceiling],
  ] as const) {
    if (run.failed > 0)
      notes.push(`${engine}, ${name}, ${who}: ${run.failed} requests failed or were refused.`);
  }
}

/**
 * Each request of the list once, four at a time, before a read is timed: a closed round's released
 * view is computed on its first read and kept (decision 0039), and the timed run measures reads.
 */
async function warmUp(target: MeasuredProcess, requests: LoadRequest[]) {
  const pending = [...requests];
  const worker = async () => {
    for (let request = pending.pop(); request; request = pending.pop()) {
      const response = await fetch(`${target.baseUrl}${request.path}`, { headers: request.headers });
      if (response.status !== 200)
        throw new Error(`warm-up ${request.path}: ${response.status} ${await response.text()}`);
    }
  };
  await Promise.all([worker(), worker(), worker(), worker()]);
}

/** Runs one measurement on the app and the same on the ceiling, one after the other. */
async function sideBySide(
  app: MeasuredProcess,
  ceiling: MeasuredProcess,
  appRequest: () => LoadRequest,
  ceilingRequest: () => LoadRequest,
  warmUpCount = 0,
) {
  if (warmUpCount > 0) {
    await warmUp(app, Array.from({ length: warmUpCount }, appRequest));
    await warmUp(ceiling, Array.from({ length: warmUpCount }, ceilingRequest));
  }
  const appFigures = await load(app, appRequest, { seconds });
  const ceilingFigures = await load(ceiling, ceilingRequest, { seconds });
  return { appFigures, ceilingFigures };
}

/**
 * A read's own time, without the queue: one request at a time. At 50 connections on one event loop
 * the mean wait is 50 / throughput (Little's law), so p99 < 20 ms there needs over 2,500 answers a
 * second; this line shows what one leader waits for when the server is not saturated.
 */
async function oneAtATime(
  engine: Engine,
  name: string,
  app: MeasuredProcess,
  ceiling: MeasuredProcess,
  appRequest: () => LoadRequest,
  ceilingRequest: () => LoadRequest,
) {
  const one = { seconds, connections: 1, amount: 300 };
  const appFigures = await load(app, appRequest, one);
  const ceilingFigures = await load(ceiling, ceilingRequest, one);
  figures.push({
    figure: `${name}: p99 one request at a time`,
    engine,
    app: appFigures.p99Ms,
    ceiling: ceilingFigures.p99Ms,
    unit: 'ms',
    higherIsBetter: false,
  });
  if (appFigures.failed > 0)
    notes.push(`${engine}, ${name}, one at a time: ${appFigures.failed} requests failed.`);
}

async function benchEngine(engine: Engine) {
  console.log(`\n== ${engine}: seeding ${leaders} leaders`);
  const database = await freshDatabase(engine);
  try {
    const { summary, links, readingLeaders, programReaders } = await seed(database.url);
    notes.push(
      `${engine}: seeded ${summary.leaders} leaders, ${summary.responses} responses and ${summary.checkins} check-ins in ${summary.seconds.toFixed(0)} s (${summary.cpuSeconds.toFixed(0)} s of the seeding process's CPU; load average after: ${loadLine()}).`,
    );
    console.log(`== ${engine}: starting the app (${startCommand}) and the ceiling`);
    const env = {
      DATABASE_URL: database.url,
      CEILING_DATABASE_URL: database.url,
      SEED_DEMO: 'false',
      LOG_LEVEL: 'warn',
      TRUST_PROXY: '1',
      SMTP_URL: '',
    };
    const app = await startMeasured(startCommand, env);
    const ceiling = await startMeasured(ceilingCommand, env);
    try {
      await measure(engine, app, ceiling, links, readingLeaders, programReaders);
    } finally {
      await app.stop();
      await ceiling.stop();
    }
  } finally {
    await database.drop();
  }
}

async function measure(
  engine: Engine,
  app: MeasuredProcess,
  ceiling: MeasuredProcess,
  links: Awaited<ReturnType<typeof seed>>['links'],
  readingLeaders: ReadingLeader[],
  programReaders: ProgramReader[],
) {
  figures.push({
    figure: 'cold start to first answered request',
    engine,
    app: app.coldStartMs,
    ceiling: ceiling.coldStartMs,
    unit: 'ms',
    higherIsBetter: false,
    target: { label: '< 1000 ms', met: app.coldStartMs < 1000 },
  });
  figures.push({
    figure: 'cold start: CPU used to the first answer',
    engine,
    app: app.coldStartCpuMs,
    ceiling: ceiling.coldStartCpuMs,
    unit: 'ms',
    higherIsBetter: false,
  });
  // Right after the start, before the job runner's first tick; then again once the jobs a start
  // queues are done (their heap stays until the next collection).
  await new Promise((resolve) => setTimeout(resolve, 3_000));
  const idleFigure = (figure: string): Figure => {
    const appMb = app.rss() / MB;
    return {
      figure,
      engine,
      app: appMb,
      ceiling: ceiling.rss() / MB,
      unit: 'MB',
      higherIsBetter: false,
      target: { label: '< 120 MB', met: appMb < 120 },
    };
  };
  figures.push(idleFigure('idle memory 3 s after start (RSS, every process of the server)'));
  const startUp = await settled(app);
  notes.push(
    `${engine}: after its start the app worked ${startUp.seconds.toFixed(0)} s (${startUp.cpuSeconds.toFixed(1)} s of CPU) on the jobs a start queues (the hourly follow-up sweep, retention, housekeeping) before it sat idle; the runs below start after that.`,
  );
  figures.push(idleFigure('idle memory after the start-up jobs'));

  // Answer submit: every request a link never used before.
  const body = JSON.stringify({ answers: links.answers, showMyName: false });
  const tokens = [...links.tokens];
  // Links kept for the hint calls: a hint needs a live link, and the submits use theirs up.
  const hintTokens = tokens.splice(0, 20);
  const submitOnApp = (): LoadRequest => ({
    method: 'POST',
    path: '/api/answer',
    headers: {
      'content-type': 'application/json',
      origin: app.baseUrl,
      cookie: `ff_answer=${tokens.pop() ?? 'used-up'}`,
      'x-forwarded-for': nextNetwork(),
    },
    body,
  });
  const first = submitOnApp();
  const check = await fetch(`${app.baseUrl}${first.path}`, { method: 'POST', headers: first.headers, body });
  if (check.status !== 201) throw new Error(`a submit was refused: ${check.status} ${await check.text()}`);
  const nextRound = roundRobin(links.roundIds);
  const submitOnCeiling = (): LoadRequest => ({
    method: 'POST',
    path: '/answer',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ roundId: nextRound(), answers: links.answers }),
  });
  console.log(`== ${engine}: answer submit`);
  const submit = await sideBySide(app, ceiling, submitOnApp, submitOnCeiling);
  record(engine, 'answer submit (fresh link each)', submit.appFigures, submit.ceilingFigures);
  if (tokens.length === 0) notes.push(`${engine}: the submit run used up all ${links.tokens.length} links.`);

  // Leaders' reads: many leaders, each with their own session, over the 10,000-leader data.
  const cookies = new Map<string, string>();
  for (const leader of readingLeaders)
    cookies.set(leader.email, await signIn(app.baseUrl, leader.email, nextNetwork()));
  const roundReads = readingLeaders.flatMap((leader) =>
    leader.roundIds.map((roundId) => ({ roundId, cookie: cookies.get(leader.email) as string })),
  );
  const nextRoundRead = roundRobin(roundReads);
  const nextCeilingRound = roundRobin(roundReads);
  console.log(`== ${engine}: round results`);
  const roundResults = (): LoadRequest => {
    const { roundId, cookie } = nextRoundRead();
    return { method: 'GET', path: `/api/rounds/${roundId}`, headers: { cookie, 'accept-encoding': 'gzip' } };
  };
  const ceilingRound = (): LoadRequest => ({ method: 'GET', path: `/rounds/${nextCeilingRound().roundId}` });
  const rounds = await sideBySide(app, ceiling, roundResults, ceilingRound, roundReads.length);
  record(engine, 'round results (closed rounds)', rounds.appFigures, rounds.ceilingFigures, 20);
  await oneAtATime(engine, 'round results (closed rounds)', app, ceiling, roundResults, ceilingRound);

  const nextLeader = roundRobin(readingLeaders);
  const nextCeilingLeader = roundRobin(readingLeaders);
  console.log(`== ${engine}: progress`);
  const progressOf = (): LoadRequest => {
    const leader = nextLeader();
    return {
      method: 'GET',
      path: `/api/cycles/${leader.cycleId}/progress`,
      headers: { cookie: cookies.get(leader.email) as string, 'accept-encoding': 'gzip' },
    };
  };
  const ceilingCycle = (): LoadRequest => ({ method: 'GET', path: `/cycles/${nextCeilingLeader().cycleId}` });
  const progress = await sideBySide(app, ceiling, progressOf, ceilingCycle, readingLeaders.length);
  record(engine, 'progress', progress.appFigures, progress.ceilingFigures, 20);
  await oneAtATime(engine, 'progress', app, ceiling, progressOf, ceilingCycle);

  // Program insight: an organization's admin reads a cohort's anonymized figures (decision 0042).
  const nextProgramRead = roundRobin(programReaders);
  const adminCookies = new Map<string, string>();
  for (const reader of programReaders)
    adminCookies.set(reader.email, await signIn(app.baseUrl, reader.email, nextNetwork()));
  const insightOf = (): LoadRequest => {
    const { email, programId } = nextProgramRead();
    return {
      method: 'GET',
      path: `/api/programs/${programId}/insight`,
      headers: { cookie: adminCookies.get(email) as string, 'accept-encoding': 'gzip' },
    };
  };
  console.log(`== ${engine}: program insight`);
  const insight = await sideBySide(app, ceiling, insightOf, ceilingCycle, programReaders.length);
  record(engine, 'program insight (cohorts of 50 leaders)', insight.appFigures, insight.ceilingFigures, 20);

  const textCalls = await measureTextCalls(engine, app, ceiling, readingLeaders, cookies, hintTokens);

  const loaded = [submit, rounds, progress, insight, ...textCalls];
  figures.push({
    figure: 'loaded memory (peak RSS under the runs above)',
    engine,
    app: Math.max(...loaded.map((run) => run.appFigures.peakRss)) / MB,
    ceiling: Math.max(...loaded.map((run) => run.ceilingFigures.peakRss)) / MB,
    unit: 'MB',
    higherIsBetter: false,
  });
}

/**
 * Reframe (a leader's problem) and hint (a stakeholder's suggestion) run the language model in
 * the text worker while someone types, so they are timed one call at a time (as one person types)
 * and their p99 held against 20 ms; the ceiling's line is the same number of its indexed selects,
 * one at a time: the HTTP and database round trip with no model.
 */
async function measureTextCalls(
  engine: Engine,
  app: MeasuredProcess,
  ceiling: MeasuredProcess,
  readingLeaders: ReadingLeader[],
  cookies: Map<string, string>,
  hintTokens: string[],
) {
  // 30 reframes per leader in 10 minutes: 20 leaders' share, below it.
  const calls = Math.min(200, readingLeaders.length * 10);
  const one = { seconds, connections: 1, amount: calls };
  const problems = [
    'My team never tells me about problems until it is too late.',
    'People stop talking when I join the meeting and I do not know why.',
    'I keep jumping in with solutions before people finish explaining.',
  ];
  const suggestions = [
    'You could ask the team what they tried before you suggest anything.',
    'Maybe share the agenda a day before so we can prepare our questions.',
    'It would help if you let us finish our point before answering.',
  ];
  const workspaces = new Map<string, string>();
  for (const leader of readingLeaders) {
    const cookie = cookies.get(leader.email) as string;
    const listed = (await (await fetch(`${app.baseUrl}/api/workspaces`, { headers: { cookie } })).json()) as {
      workspaces: { id: string }[];
    };
    workspaces.set(leader.email, listed.workspaces[0]?.id as string);
  }
  const nextLeader = roundRobin(readingLeaders);
  const nextToken = roundRobin(hintTokens);
  const nextCeilingLeader = roundRobin(readingLeaders);
  let call = 0;
  const ceilingRead = (): LoadRequest => ({ method: 'GET', path: `/cycles/${nextCeilingLeader().cycleId}` });
  console.log(`== ${engine}: reframe and hint, one at a time`);
  const reframe = await load(
    app,
    () => {
      const leader = nextLeader();
      return {
        method: 'POST',
        path: `/api/workspaces/${workspaces.get(leader.email)}/reframe`,
        headers: {
          'content-type': 'application/json',
          origin: app.baseUrl,
          cookie: cookies.get(leader.email) as string,
        },
        body: JSON.stringify({ problem: `${problems[call % problems.length]} (${call++})` }),
      };
    },
    one,
  );
  const hint = await load(
    app,
    () => ({
      method: 'POST',
      path: '/api/answer/hint',
      headers: {
        'content-type': 'application/json',
        origin: app.baseUrl,
        cookie: `ff_answer=${nextToken()}`,
        'x-forwarded-for': nextNetwork(),
      },
      body: JSON.stringify({ text: `${suggestions[call % suggestions.length]} (${call++})` }),
    }),
    one,
  );
  const bare = await load(ceiling, ceilingRead, one);
  for (const [name, run] of [
    ['reframe', reframe],
    ['hint', hint],
  ] as const) {
    figures.push({
      figure: `${name}, one call at a time: p99`,
      engine,
      app: run.p99Ms,
      ceiling: bare.p99Ms,
      unit: 'ms',
      higherIsBetter: false,
      target: { label: '< 20 ms', met: run.okPerSecond > 0 && run.p99Ms < 20 },
    });
    figures.push({
      figure: `${name}, one call at a time: CPU per call`,
      engine,
      app: run.cpuMsPerRequest,
      ceiling: bare.cpuMsPerRequest,
      unit: 'ms',
      higherIsBetter: false,
    });
    if (run.failed > 0) notes.push(`${engine}, ${name}: ${run.failed} calls failed or were refused.`);
  }
  return [
    { appFigures: reframe, ceilingFigures: bare },
    { appFigures: hint, ceilingFigures: bare },
  ];
}

function pageWeight() {
  if (!isBuilt()) {
    notes.push('Page weight not measured: the web client is not built (npm run build).');
    return;
  }
  const answerPage = firstLoadOf('answer.html');
  figures.push({
    figure: 'stakeholder page, first load, brotli (no ceiling: the target)',
    engine: '–',
    app: answerPage.brotli / 1000,
    ceiling: null,
    unit: 'kB',
    higherIsBetter: false,
    target: { label: '≤ 100 kB', met: answerPage.brotli <= 100_000 },
  });
}

function scaleOutOnPaper(pgbench: PgbenchFigures | null): string {
  const cpuOf = (name: string) =>
    figures.find((figure) => figure.engine === 'postgres' && figure.figure === `${name}: CPU per request`)
      ?.app;
  const lines = ['answer submit (fresh link each)', 'round results (closed rounds)', 'progress'].map(
    (name) => {
      const cpu = cpuOf(name);
      if (cpu === undefined || Number.isNaN(cpu)) return `- ${name}: not measured on PostgreSQL.`;
      return `- ${name}: ${cpu.toFixed(2)} ms of app CPU per request, so about ${(1000 / cpu).toFixed(0)} requests/s per core the app processes get.`;
    },
  );
  const database = pgbench
    ? `PostgreSQL's own ceiling here (pgbench, 10 clients): ${pgbench.selectTps.toFixed(0)} select-only transactions/s and ${pgbench.writeTps.toFixed(0)} simple-update transactions/s (each an update and an insert, committed).`
    : 'pgbench was not run (no PostgreSQL).';
  return [
    'On this 2-core machine more app processes cannot add throughput: the database and the load generator share the same cores. On paper, with the app CPU cost measured above:',
    '',
    ...lines,
    '',
    `${database} App processes scale out until the database is the limit: N app cores serve about N × the per-core figure, while every request's statements still go to the one database (multi-process correctness: tests/scale/several-processes.test.ts).`,
  ].join('\n');
}

function writeResults(pgbench: PgbenchFigures | null) {
  const command = `npm run bench${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(' ')}` : ''}`;
  const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], {
    cwd: repo,
    encoding: 'utf8',
  }).trim();
  const text = [
    '# Benchmark results (issue 14)',
    '',
    `- Date: ${startedAt.toISOString()} (took ${((Date.now() - startedAt.getTime()) / 60_000).toFixed(1)} min)`,
    `- Machine: ${machineLine()}`,
    `- Command: \`${command}\` at commit ${commit}; the app started with \`${startCommand}\``,
    `- Load average (1/5/15 min) before: ${loadBefore}; after: ${loadLine()}`,
    '- Load: autocannon 8.0.0, 50 connections, ' +
      `${seconds} s per run, app then ceiling; each read path requested once first (warm-up, not timed). Ceiling: bench/suite/ceiling-server.mjs.`,
    '',
    tableOf(figures),
    '',
    'Ratios: the app as a share of the ceiling (throughput app/ceiling; time, CPU and size ceiling/app).',
    '',
    '## Scale-out on paper',
    '',
    scaleOutOnPaper(pgbench),
    '',
    '## Notes',
    '',
    ...notes.map((note) => `- ${note}`),
    '',
    '## Reading these figures',
    '',
    'Where each target stands and why, with the profiles behind it: [READING.md](READING.md) (written by hand after a run).',
    '',
  ].join('\n');
  const path = join(repo, 'bench', 'RESULTS.md');
  writeFileSync(path, text);
  // Laid out as `npm run lint` expects (Biome aligns the table's columns).
  execFileSync(join(repo, 'node_modules', '.bin', 'biome'), ['format', '--write', path], { cwd: repo });
}

const engines: Engine[] = postgresServer ? ['sqlite', 'postgres'] : ['sqlite'];
if (!postgresServer)
  notes.push('PostgreSQL skipped: set BENCH_POSTGRES_URL (or TEST_DATABASE_URL) to include it.');
pageWeight();
for (const engine of engines) {
  await benchEngine(engine);
  // Written after each engine too, so a run cut short still leaves what it measured.
  writeResults(null);
}
const pgbench = postgresServer ? await pgbenchCeiling(postgresServer, seconds) : null;
if (pgbench) {
  figures.push(
    {
      figure: 'pgbench select-only',
      engine: 'postgres',
      app: pgbench.selectTps,
      ceiling: null,
      unit: 'tx/s',
      higherIsBetter: true,
    },
    {
      figure: 'pgbench simple-update',
      engine: 'postgres',
      app: pgbench.writeTps,
      ceiling: null,
      unit: 'tx/s',
      higherIsBetter: true,
    },
  );
}
console.log(`\n${tableOf(figures)}\n\n${scaleOutOnPaper(pgbench)}\n\n${notes.join('\n')}`);
writeResults(pgbench);
console.log(
  `\nWritten to bench/RESULTS.md; the suite took ${((Date.now() - startedAt.getTime()) / 60_000).toFixed(1)} min (load average now ${loadLine()}).`,
);
