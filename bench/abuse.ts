/**
 * Replays issue 11's items 1, 3 and 4 against a running instance and prints what a normal user
 * feels meanwhile: the latency of signing in and of a stakeholder sending answers, at rest and
 * under each attack (p50 and p95, and their ratio to rest; the goal is at most 2× slower).
 *   npm run bench:abuse                                 (starts its own server over a fresh SQLite file)
 *   ABUSE_ITEMS=3 ABUSE_ROUNDS=3 npm run bench:abuse     (item 3 only, rest and attack alternated 3 times)
 *   ABUSE_URL=http://127.0.0.1:3000 npm run bench:abuse (an instance on this machine, with TRUST_PROXY=1
 *                                                        and no SMTP_URL, so links come back to the leader)
 * Attackers and the user are told apart by X-Forwarded-For, as a trusted proxy would tell them.
 * Each attack runs in a process of its own, so the figures measure the server, not the bench's own
 * event loop busy writing 200 MB bodies (the attacker still shares the machine's cores).
 * Every loop is bounded in count and time, and only loopback addresses are accepted.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { findFreePort } from '../tests/e2e/support/free-port';
import { signalGroup, spawnServer, waitForHealth } from '../tests/e2e/support/server-process';
import {
  answersFor,
  createHttpClient,
  followLink,
  openRoundWithNewStakeholders,
  signUpLeader,
} from './durability/app-client';

const samples = 20;
const phaseSeconds = 60;
const password = 'correct horse battery staple';
const longWord = 'x'.repeat(4000);

type Target = { baseUrl: string; stop: () => Promise<void> };

async function startOwnServer(): Promise<Target> {
  const folder = mkdtempSync(join(tmpdir(), 'feedforward-abuse-'));
  const port = await findFreePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const { child, output, dropExitGuard } = spawnServer({
    PORT: String(port),
    BASE_URL: baseUrl,
    DATABASE_URL: `file:${join(folder, 'abuse.db')}`,
    SMTP_URL: '',
    TRUST_PROXY: '1',
  });
  const stop = async () => {
    dropExitGuard();
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    signalGroup(child, 'SIGTERM');
    await exited;
    signalGroup(child, 'SIGKILL');
    rmSync(folder, { recursive: true, force: true });
  };
  try {
    await waitForHealth(`${baseUrl}/healthz`, child, 60_000);
  } catch (error) {
    await stop();
    throw new Error(`${(error as Error).message}\n${output()}`);
  }
  return { baseUrl, stop };
}

function loopbackTarget(url: string): Target {
  const { hostname, origin } = new URL(url);
  if (!['127.0.0.1', 'localhost', '[::1]'].includes(hostname) && !hostname.startsWith('127.')) {
    throw new Error(`ABUSE_URL must be a loopback address on this machine, not ${hostname}`);
  }
  return { baseUrl: origin, stop: async () => undefined };
}

const network = (address: string) => ({ 'x-forwarded-for': address });

/** A leader of their own with a round of 50 people, all peers: one hand-delivered link for all. */
async function leaderWithRound(baseUrl: string, label: string) {
  const leader = await signUpLeader(() => baseUrl);
  const round = await openRoundWithNewStakeholders(leader, 50, label);
  return { leader, token: round.tokens[0] as string };
}

async function timed(send: () => Promise<Response>, expected: number): Promise<number> {
  const started = performance.now();
  const response = await send();
  const elapsed = performance.now() - started;
  await response.arrayBuffer();
  if (response.status !== expected) throw new Error(`expected ${expected}, got ${response.status}`);
  return elapsed;
}

/** The normal user of one scenario: signs in `samples` times, and `samples` stakeholders answer. */
async function measureUser(baseUrl: string, scenario: number, answerToken: string) {
  const url = () => baseUrl;
  const userNetwork = network(`198.51.100.${scenario + 1}`);
  // Sign-in allows 10 per account in 15 minutes, so the samples share two accounts.
  const emails = [1, 2].map(
    (n) => `abuse-user-${scenario}-${n}-${Math.random().toString(36).slice(2, 8)}@example.com`,
  );
  for (const email of emails) {
    const signUp = await createHttpClient(url, userNetwork).post('/api/auth/sign-up', {
      name: 'Norma User',
      email,
      password,
    });
    if (signUp.status !== 201) throw new Error(`sign-up: ${signUp.status} ${await signUp.text()}`);
  }
  const signIn: number[] = [];
  const answer: number[] = [];
  for (let index = 0; index < samples; index++) {
    const email = emails[index % 2] as string;
    signIn.push(
      await timed(
        () => createHttpClient(url, userNetwork).post('/api/auth/sign-in', { email, password }),
        200,
      ),
    );
    const stakeholder = await followLink(url, answerToken, userNetwork);
    const page = (await (await stakeholder.get('/api/answer')).json()) as { page: { questions: never[] } };
    const answers = answersFor(page.page.questions);
    answer.push(await timed(() => stakeholder.post('/api/answer', { answers }), 201));
  }
  return { signIn, answer };
}

/** `running` turns false once the user's samples are taken; `phaseSeconds` bounds it regardless. */
type Running = () => boolean;
type Attack = { item: string; label: string; start: (baseUrl: string, running: Running) => Promise<number> };

const bogusToken = () => `${Math.random().toString(36).slice(2)}${'q'.repeat(30)}`;

/** Sends `send` from `concurrency` loops while `running`, ignoring what comes back; returns how many. */
async function hammer(concurrency: number, running: Running, send: () => Promise<unknown>) {
  let sent = 0;
  const loop = async () => {
    while (running() && sent < 100_000) {
      sent++;
      await send().catch(() => undefined);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, loop));
  return sent;
}

/** Sends a burst of `size` at once every second while `running`; returns how many were sent. */
async function bursts(size: number, running: Running, send: (index: number) => Promise<unknown>) {
  let sent = 0;
  while (running() && sent < 100_000) {
    const second = sleep(1_000);
    await Promise.all(Array.from({ length: size }, (_, index) => send(index).catch(() => undefined)));
    sent += size;
    await second;
  }
  return sent;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * A large body on a connection of its own (agent: false): the server refuses it and drops the
 * connection, which must not take down a pooled connection the user's requests share.
 */
function postLargeBody(baseUrl: string, body: Buffer): Promise<void> {
  return new Promise((resolve) => {
    const request = httpRequest(
      `${baseUrl}/api/auth/sign-in`,
      {
        method: 'POST',
        agent: false,
        headers: { origin: baseUrl, 'content-type': 'application/json', ...network('203.0.113.3') },
      },
      (response) => {
        response.resume();
        response.on('end', () => resolve());
        response.on('error', () => resolve());
      },
    );
    request.on('error', () => resolve());
    request.end(body);
  });
}

const attacks: Attack[] = [
  {
    item: '1',
    label: 'item 1: 64 bogus password-reset completions at once, every second',
    start: (baseUrl, running) => {
      const attacker = createHttpClient(() => baseUrl, network('203.0.113.1'));
      return bursts(64, running, async () => {
        const response = await attacker.post('/api/auth/password-reset/complete', {
          token: bogusToken(),
          password: 'an entirely new password 42',
        });
        await response.arrayBuffer();
      });
    },
  },
  {
    item: '3',
    label: 'item 3: four 200 MB bodies at a time, again as each is refused',
    start: (baseUrl, running) => {
      const body = Buffer.alloc(200 * 1024 * 1024, 'a');
      return hammer(4, running, () => postLargeBody(baseUrl, body));
    },
  },
  {
    item: '4',
    label: 'item 4: 4 reframes and 4 hints of one 4,000-character word at once, every second',
    start: async (baseUrl, running) => {
      const { leader, token } = await leaderWithRound(baseUrl, 'attacker');
      const hinter = await followLink(() => baseUrl, token, network('203.0.113.4'));
      return bursts(8, running, async (index) => {
        const response =
          index % 2 === 0
            ? await leader.client.post(`/api/workspaces/${leader.workspaceId}/reframe`, { problem: longWord })
            : await hinter.post('/api/answer/hint', { text: longWord });
        await response.arrayBuffer();
      });
    },
  },
];

const percentile = (values: number[], share: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)] ?? Number.NaN;
};
const summary = (values: number[]) => ({ p50: percentile(values, 0.5), p95: percentile(values, 0.95) });
type Summary = ReturnType<typeof summary>;

function row(figures: Summary, rest: Summary) {
  const ratio = Math.max(figures.p50 / rest.p50, figures.p95 / rest.p95);
  const text = `p50 ${figures.p50.toFixed(0)} ms, p95 ${figures.p95.toFixed(0)} ms`;
  return {
    ratio,
    text: `${text} (${(figures.p50 / rest.p50).toFixed(2)}× / ${(figures.p95 / rest.p95).toFixed(2)}×)`,
  };
}

async function main() {
  const target = process.env.ABUSE_URL ? loopbackTarget(process.env.ABUSE_URL) : await startOwnServer();
  let missed = false;
  try {
    console.log(
      `Abuse bench, ${new Date().toISOString()}, ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown'})`,
    );
    console.log(
      `target ${target.baseUrl}; ${samples} sign-ins and ${samples} answers per scenario; goal: at most 2× slower than at rest\n`,
    );
    // ABUSE_ITEMS=3 replays only item 3; ABUSE_ROUNDS=3 alternates rest and the attacks three times,
    // each attack's ratio taken against the rest measured just before it, on a machine whose load drifts.
    const selected = (process.env.ABUSE_ITEMS ?? '1,3,4').split(',').map((item) => item.trim());
    const rounds = Math.min(4, Math.max(1, Number(process.env.ABUSE_ROUNDS ?? 1)));
    for (let round = 0; round < rounds; round++) {
      if (rounds > 1) console.log(`round ${round + 1} of ${rounds}`);
      const scenario = (index: number) => round * (attacks.length + 1) + index;
      const restToken = (await leaderWithRound(target.baseUrl, `rest-${round}`)).token;
      const rest = await measureUser(target.baseUrl, scenario(0), restToken);
      const restSignIn = summary(rest.signIn);
      const restAnswer = summary(rest.answer);
      console.log('at rest');
      console.log(`  sign-in: ${row(restSignIn, restSignIn).text}`);
      console.log(`  answer:  ${row(restAnswer, restAnswer).text}`);
      for (const [index, attack] of attacks.entries()) {
        if (!selected.includes(attack.item)) continue;
        // A round of its own per scenario: 50 people, one group link.
        const { token } = await leaderWithRound(target.baseUrl, `user-${round}-${index}`);
        const attacker = startAttackerProcess(index, target.baseUrl);
        await attacker.started;
        // Let the attack reach the server before measuring.
        await sleep(1_000);
        const started = performance.now();
        const under = await measureUser(target.baseUrl, scenario(index + 1), token);
        const { sent, cpuMs } = await attacker.stop();
        const attackerCores = cpuMs / (performance.now() - started + 1_000);
        const signIn = row(summary(under.signIn), restSignIn);
        const answer = row(summary(under.answer), restAnswer);
        const meets = signIn.ratio <= 2 && answer.ratio <= 2;
        missed ||= !meets;
        console.log(
          `${attack.label} (${sent} attack requests, the attacker's process busy ${attackerCores.toFixed(2)} cores): ${meets ? 'meets the goal' : 'MISSES the goal'}`,
        );
        console.log(`  sign-in: ${signIn.text}`);
        console.log(`  answer:  ${answer.text}`);
      }
    }
  } finally {
    await target.stop();
  }
  process.exitCode = missed ? 1 : 0;
}

/** Runs attack `index` in a child process (this file again); `stop` ends it and returns how many it sent. */
function startAttackerProcess(index: number, baseUrl: string) {
  const child = spawn(process.execPath, [...process.execArgv, process.argv[1] as string], {
    env: { ...process.env, ABUSE_ATTACK: String(index), ABUSE_TARGET: baseUrl },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let output = '';
  const started = new Promise<void>((resolve) => {
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('started')) resolve();
    });
  });
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  const stop = async () => {
    child.kill('SIGTERM');
    await exited;
    const [, sent, cpuMs] = /sent (\d+) cpu (\d+)/.exec(output) ?? [];
    return { sent: Number(sent), cpuMs: Number(cpuMs) };
  };
  return { started, stop };
}

/** The attacker's side: attack `ABUSE_ATTACK` against `ABUSE_TARGET` until told to stop. */
async function runAttacker(index: number, baseUrl: string) {
  const attack = attacks[index];
  if (!attack) throw new Error(`No attack ${index}`);
  const deadline = Date.now() + phaseSeconds * 1000;
  let stopping = false;
  process.on('SIGTERM', () => {
    stopping = true;
  });
  const cpuBefore = process.cpuUsage();
  process.stdout.write('started\n');
  const sent = await attack.start(baseUrl, () => !stopping && Date.now() < deadline);
  const cpu = process.cpuUsage(cpuBefore);
  process.stdout.write(`sent ${sent} cpu ${Math.round((cpu.user + cpu.system) / 1000)}\n`);
  process.exit(0);
}

if (process.env.ABUSE_ATTACK)
  await runAttacker(Number(process.env.ABUSE_ATTACK), process.env.ABUSE_TARGET as string);
else await main();
