import pg from 'pg';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createFreshPostgresDatabase, type FreshPostgres } from '../../bench/durability/fresh-postgres';
import { type RunningServer, startServer } from '../e2e/support/server-process';
import { type SmtpReceiver, startSmtpReceiver } from '../e2e/support/smtp-receiver';
import { fiveStakeholders } from '../support/leader-fixture';

/**
 * Issue 14, scale-out: two app processes over one PostgreSQL database, as behind a load balancer.
 * Each request below goes to the process a balancer might pick, and what must hold across them
 * does: a session, a rate limit, a job, one answer per link, and the k rule. (The one state kept
 * per process on purpose, the per-network limit on stakeholders' answers, is ARCHITECTURE.md's
 * stated exception.) On SQLite one process owns the file, so this runs on PostgreSQL only.
 */
const postgresUrl = process.env.TEST_DATABASE_URL;
// biome-ignore lint/suspicious/noExplicitAny: the app's JSON answers, read field by field.
type Json = Record<string, any>;

/** A browser whose cookies go with it to whichever process answers. */
function browser() {
  const cookies = new Map<string, string>();
  return async (server: RunningServer, method: string, path: string, body?: unknown) => {
    const response = await fetch(`http://127.0.0.1:${server.port}${path}`, {
      method,
      redirect: 'manual',
      headers: {
        origin: server.baseUrl,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(cookies.size
          ? { cookie: [...cookies].map(([name, value]) => `${name}=${value}`).join('; ') }
          : {}),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    for (const line of response.headers.getSetCookie()) {
      const [name, ...rest] = (line.split(';')[0] ?? '').split('=');
      if (!name) continue;
      const value = rest.join('=');
      if (value === '' || /max-age=0/i.test(line)) cookies.delete(name.trim());
      else cookies.set(name.trim(), value);
    }
    return response;
  };
}
type Browser = ReturnType<typeof browser>;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe.skipIf(!postgresUrl)('two app processes on one PostgreSQL database', () => {
  let smtp: SmtpReceiver;
  let database: FreshPostgres;
  let a: RunningServer;
  let b: RunningServer;
  const leader = browser();
  const email = `lee-${Math.random().toString(36).slice(2, 8)}@example.com`;
  const password = 'correct horse battery staple';
  const state = { cycleId: '', roundId: '', tokens: [] as string[] };

  beforeAll(async () => {
    smtp = await startSmtpReceiver();
    database = await createFreshPostgresDatabase(postgresUrl as string);
    // Both tick jobs often, so both are ready to claim every one; one starts first so migrations run once.
    const env = { DATABASE_URL: database.url, JOB_TICK_MS: '100', TEXT_ANALYSIS_BUDGET_MS: '60000' };
    a = await startServer({ smtpPort: smtp.port, env, startupTimeoutMs: 90_000 });
    b = await startServer({ smtpPort: smtp.port, env, startupTimeoutMs: 90_000 });
  }, 200_000);

  afterAll(async () => {
    await a?.stop();
    await b?.stop();
    await database?.drop();
    await smtp?.stop();
  });

  test('a session made on one process is valid on the other, and signing out on either ends it', async () => {
    const signUp = await leader(a, 'POST', '/api/auth/sign-up', { name: 'Lee Leader', email, password });
    expect(signUp.status).toBe(201);
    const me = (await (await leader(b, 'GET', '/api/auth/me')).json()) as Json;
    expect(me.user.email).toBe(email);
    expect((await leader(b, 'POST', '/api/auth/sign-out')).status).toBeLessThan(300);
    const afterSignOut = await leader(a, 'GET', '/api/auth/me');
    expect(afterSignOut.status === 401 || ((await afterSignOut.json()) as Json).user === null).toBe(true);
    const signIn = await leader(b, 'POST', '/api/auth/sign-in', { email, password });
    expect(signIn.status).toBe(200);
    const confirmation = await smtp.waitForMessage(email, 'Confirm your email address', {
      timeoutMs: 20_000,
    });
    const token = confirmation.text.match(/\/verify-email#token=([\w-]+)/)?.[1];
    expect((await leader(a, 'POST', '/api/auth/verify-email', { token })).status).toBe(204);
  }, 60_000);

  test('failed sign-ins count against one limit, whichever process takes them', async () => {
    const intruder = browser();
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 14; attempt++) {
      const server = attempt % 2 === 0 ? a : b;
      statuses.push(
        (await intruder(server, 'POST', '/api/auth/sign-in', { email, password: 'wrong' })).status,
      );
    }
    // The account-and-network rule allows 10 attempts in 15 minutes, and the leader's own sign-in
    // above (on b, from this same network) was the first. Kept per process, a would still allow 10.
    expect(statuses).toEqual([...Array(9).fill(400), ...Array(5).fill(429)]);
  }, 120_000);

  test('each invitation is mailed once, though both processes run the mail jobs', async () => {
    const { workspaces } = (await (await leader(a, 'GET', '/api/workspaces')).json()) as Json;
    const workspaceId = workspaces[0].id as string;
    const cycle = await leader(b, 'POST', `/api/workspaces/${workspaceId}/cycles`, {
      problem: 'My team never tells me about problems until it is too late.',
      goal: 'I want to get better at listening so that people bring me problems early.',
      competencyKey: 'listening-with-empathy',
      baseline: {},
    });
    expect(cycle.status).toBe(201);
    state.cycleId = ((await cycle.json()) as Json).cycle.id;
    const stakeholderIds: string[] = [];
    for (const [index, stakeholder] of fiveStakeholders.entries()) {
      const added = await leader(
        index % 2 ? a : b,
        'POST',
        `/api/workspaces/${workspaceId}/stakeholders`,
        stakeholder,
      );
      expect(added.status).toBe(201);
      stakeholderIds.push(((await added.json()) as Json).stakeholder.id);
    }
    const closesOn = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);
    const opened = await leader(a, 'POST', `/api/cycles/${state.cycleId}/rounds`, {
      kind: 'listening',
      intro: 'I am working on listening better and would value your ideas.',
      closesOn,
      stakeholderIds,
    });
    expect(opened.status).toBe(201);
    state.roundId = ((await opened.json()) as Json).roundId;
    for (const { email: address } of fiveStakeholders) {
      const invitation = await smtp.waitForMessage(address, 'would value your feedforward', {
        timeoutMs: 30_000,
      });
      state.tokens.push(invitation.text.match(/\/a\/([\w-]+)/)?.[1] as string);
    }
    // Both processes keep ticking: a second delivery of any message would arrive within this.
    await sleep(2_000);
    const invitations = smtp.messages.filter((message) =>
      message.subject.includes('would value your feedforward'),
    );
    expect(invitations.map((message) => message.to.join()).sort()).toEqual(
      fiveStakeholders.map((stakeholder) => stakeholder.email).sort(),
    );
    expect(smtp.messages.filter((message) => message.subject.includes('Confirm your email'))).toHaveLength(1);
  }, 90_000);

  test('one link submitted to both processes at once is stored once', async () => {
    for (const token of state.tokens.slice(0, 2)) {
      const [onA, onB] = [browser(), browser()];
      const ready = async (person: Browser, server: RunningServer) => {
        expect((await person(server, 'GET', `/a/${token}`)).status).toBe(303);
        return ((await (await person(server, 'GET', '/api/answer')).json()) as Json).page.questions as Json[];
      };
      const questions = await ready(onA, a);
      await ready(onB, b);
      const answers = Object.fromEntries(
        questions.map((question) => [
          question.id,
          question.kind === 'rating' ? 4 : 'Ask us first, then decide.',
        ]),
      );
      const statuses = await Promise.all([
        onA(a, 'POST', '/api/answer', { answers, showMyName: false }),
        onB(b, 'POST', '/api/answer', { answers, showMyName: false }),
      ]);
      expect(statuses.map((response) => response.status).sort()).toEqual([201, 409]);
    }
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    try {
      const responses = await client.query('select count(*)::int as n from responses where round_id = $1', [
        state.roundId,
      ]);
      expect(responses.rows[0].n).toBe(2);
    } finally {
      await client.end();
    }
  }, 90_000);

  test('below k, the closed round shows nothing, on either process', async () => {
    expect((await leader(b, 'POST', `/api/rounds/${state.roundId}/close`)).status).toBe(204);
    for (const server of [a, b]) {
      const view = (await (await leader(server, 'GET', `/api/rounds/${state.roundId}`)).json()) as Json;
      expect(view.results).toEqual({ released: false, reason: 'too-few', responseCount: 2, k: 3 });
      expect(JSON.stringify(view)).not.toContain('Ask us first');
    }
  }, 60_000);
});
