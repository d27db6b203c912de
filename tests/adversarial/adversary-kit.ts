import { sql } from 'kysely';
import type { DatabaseEngine } from '../../src/server/db/database';
import { fiveStakeholders, leaderWithCycle } from '../support/leader-fixture';
import {
  createClient,
  createTestApp,
  signedUpClient,
  type TestApp,
  type TestClient,
} from '../support/test-app';

/** Shared moves of the curious parties in these attacks: open a round, answer, read everything. */

// biome-ignore lint/suspicious/noExplicitAny: response bodies are read loosely, as an attacker would.
export type Json = Record<string, any>;
export type Setup = Awaited<ReturnType<typeof openRound>>;

export const closesOn = '2026-12-10';
export const stakeholderNames = fiveStakeholders.map((stakeholder) => stakeholder.name);
export const answerCookie = 'ff_answer';

/** Everything the answer form may say: all of it about the round, none about other people. */
export const roundLevelPageFields = [
  'anonymityK',
  'canBeNamed',
  'closesAt',
  'closesOn',
  'delivery',
  'goal',
  'intro',
  'kind',
  'language',
  'leaderName',
  'questions',
];

/** A clock the test moves by hand, so we know the exact moment of every answer. */
export function manualClock(start = '2026-12-01T09:00:00Z') {
  const clock = {
    at: new Date(start),
    now: () => clock.at,
    set: (iso: string) => (clock.at = new Date(iso)),
  };
  return clock;
}

export async function appWithClock(engine: DatabaseEngine, env: Record<string, string> = {}) {
  const clock = manualClock();
  const testApp = await createTestApp(engine, { now: clock.now, env });
  return { testApp, clock };
}

/** The real app with a logger whose lines we keep, to read what an operator's log would hold. */
export async function appWithCapturedLogs(engine: DatabaseEngine) {
  const clock = manualClock();
  const lines: string[] = [];
  const testApp = await createTestApp(engine, {
    now: clock.now,
    env: { LOG_LEVEL: 'debug' },
    writeLog: (line) => lines.push(line),
  });
  return { testApp, clock, lines };
}

/** A leader with five stakeholders (3 direct reports, a peer, a manager) opens a listening round. */
export async function openRound(testApp: TestApp) {
  return openRoundOf(await leaderWithCycle(testApp), 'listening');
}

type Leader = Awaited<ReturnType<typeof leaderWithCycle>>;
export type RoundKind = 'listening' | 'pulse' | 'mini_survey';

/** The leader opens a round of the given kind in their cycle, asking all five stakeholders. */
export async function openRoundOf<S extends Leader>(setup: S, kind: RoundKind, closing = closesOn) {
  const opened = await setup.leader.client.post(`/api/cycles/${setup.cycle.id}/rounds`, {
    kind,
    intro: 'I am working on listening better and would value your ideas.',
    closesOn: closing,
    stakeholderIds: setup.stakeholderIds,
  });
  if (opened.status !== 201) throw new Error(`open round: ${opened.status} ${await opened.text()}`);
  const { roundId, links } = (await opened.json()) as {
    roundId: string;
    links: { stakeholderId: string; name: string; url: string }[];
  };
  const urlOf = (name: string) => {
    const link = links.find((candidate) => candidate.name.startsWith(name));
    if (!link) throw new Error(`no link for ${name}`);
    return link.url;
  };
  const idOf = (name: string) =>
    setup.stakeholderIds[stakeholderNames.findIndex((n) => n.startsWith(name))] as string;
  const urls = links.map((link) => link.url);
  return { ...setup, roundId, links, urls, tokens: urls.map(tokenOf), urlOf, idOf };
}

export const tokenOf = (url: string) => new URL(url).pathname.split('/').pop() as string;

/** Answer text that says which stakeholder wrote which question, so leaks are easy to spot. */
export const signedAnswers =
  (rating: number | null, signature: string) =>
  (page: Json): Json =>
    Object.fromEntries(
      page.page.questions.map((question: Json) => [
        question.id,
        question.kind === 'rating' ? rating : `${signature} on ${question.id}: ask before deciding.`,
      ]),
    );

/** A stakeholder in their own browser: follows the link, reads the form, answers. */
export async function answerThrough(
  testApp: TestApp,
  url: string,
  answers: (page: Json) => Json,
  showMyName = false,
) {
  const stakeholder = createClient(testApp.app);
  const visit = await stakeholder.get(new URL(url).pathname);
  const pageResponse = await stakeholder.get('/api/answer');
  const page = (await pageResponse.json()) as Json;
  const submitted = await stakeholder.post('/api/answer', { answers: answers(page), showMyName });
  if (submitted.status !== 201) throw new Error(`answer: ${submitted.status} ${await submitted.text()}`);
  return { stakeholder, visit, page };
}

export async function leaderView(setup: Pick<Setup, 'leader' | 'roundId'>): Promise<Json> {
  return (await (await setup.leader.client.get(`/api/rounds/${setup.roundId}`)).json()) as Json;
}

export async function closeRound(setup: Pick<Setup, 'leader' | 'roundId'>) {
  const closed = await setup.leader.client.post(`/api/rounds/${setup.roundId}/close`);
  if (closed.status !== 204) throw new Error(`close: ${closed.status}`);
}

/** Every JSON document the leader's session can fetch about their workspace, cycle and round. */
export async function everythingTheLeaderCanRead(setup: Setup): Promise<Record<string, string>> {
  const paths = [
    `/api/rounds/${setup.roundId}`,
    `/api/cycles/${setup.cycle.id}`,
    `/api/workspaces/${setup.workspaceId}/cycles`,
    `/api/workspaces/${setup.workspaceId}/stakeholders`,
    `/api/workspaces/${setup.workspaceId}`,
    `/api/workspaces/${setup.workspaceId}/members`,
    `/api/workspaces/${setup.workspaceId}/outbox`,
    `/api/workspaces/${setup.workspaceId}/framework`,
    '/api/workspaces',
    '/api/auth/me',
  ];
  const bodies: Record<string, string> = {};
  for (const path of paths) {
    const response = await setup.leader.client.get(path);
    if (response.status !== 200) throw new Error(`${path}: ${response.status}`);
    bodies[path] = await response.text();
  }
  return bodies;
}

/** Every row of every table, as text, the way someone reading the database sees it. */
export async function dumpAllTables(testApp: TestApp): Promise<Record<string, Json[]>> {
  const db = testApp.database.db;
  const names =
    testApp.database.engine === 'sqlite'
      ? (
          await sql<{ name: string }>`select name from sqlite_master where type = 'table'`.execute(db)
        ).rows.map((row) => row.name)
      : (
          await sql<{ name: string }>`select table_name as name from information_schema.tables
            where table_schema = current_schema()`.execute(db)
        ).rows.map((row) => row.name);
  const dump: Record<string, Json[]> = {};
  for (const name of names) {
    dump[name] = (await sql<Json>`select * from ${sql.table(name)}`.execute(db)).rows;
  }
  return dump;
}

/** Walks a JSON value and yields every key path with its primitive value. */
export function* leavesOf(value: unknown, path = ''): Generator<[string, unknown]> {
  if (Array.isArray(value)) {
    for (const item of value) yield* leavesOf(item, `${path}[]`);
  } else if (value !== null && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) yield* leavesOf(child, path ? `${path}.${key}` : key);
  } else {
    yield [path, value];
  }
}

/** Two behaviors the leader practices after listening; a mini-survey asks about each. */
export const practiced = [
  'I will ask what they have tried before I suggest anything',
  'I will summarize what I heard and ask if I got it right',
];

/** Saves commitments with these actions (the leader's own words) and returns their ids. */
export async function commit(setup: Pick<Setup, 'leader' | 'cycle'>, actions = practiced) {
  const ids: string[] = [];
  for (const action of actions) {
    const saved = await setup.leader.client.post(`/api/cycles/${setup.cycle.id}/commitments`, {
      situation: 'When someone brings me a problem in our one-to-one',
      action,
      frequency: 'In every one-to-one',
      noticedBy: 'They will hear a question from me before any advice',
    });
    if (saved.status !== 201) throw new Error(`commitment: ${saved.status} ${await saved.text()}`);
    ids.push(((await saved.json()) as Json).commitment.id);
  }
  return ids;
}

/**
 * Answers for any kind of round: a rating per question (by its subject, e.g. a commitment id),
 * one option for every choice, and text signed by its writer so a leak is easy to spot.
 */
export const answersOf =
  (signature: string, rating: (subject: string) => number | null, choice = 'once') =>
  (page: Json): Json =>
    Object.fromEntries(
      page.page.questions.map((question: Json) => [
        question.id,
        question.kind === 'rating'
          ? rating(question.subject)
          : question.kind === 'choice'
            ? choice
            : `${signature} on ${question.id}: ask before deciding.`,
      ]),
    );

/** After the test clock jumps past the idle timeout the leader signs in again, as a person would. */
export async function signInAgain(setup: Pick<Setup, 'leader'>) {
  const response = await setup.leader.client.post('/api/auth/sign-in', {
    email: setup.leader.email,
    password: setup.leader.password,
  });
  if (response.status !== 200) throw new Error(`sign-in: ${response.status}`);
}

/**
 * An organization: its admin, a coach, and a leader with a cycle and the five stakeholders, as
 * leaderWithCycle builds in a personal workspace. A second leader works in the same organization.
 */
export async function organization(
  testApp: TestApp,
  beforeCycle: (admin: TestClient, workspaceId: string) => Promise<void> = async () => {},
) {
  const admin = await signedUpClient(testApp, 'Ann Admin');
  const created = await admin.client.post('/api/workspaces', { name: 'Acme' });
  const workspaceId = ((await created.json()) as Json).id as string;
  const member = async (name: string, role: 'leader' | 'coach') => {
    const person = await signedUpClient(testApp, name);
    await testApp.deps.repos.workspaces.addMembership(workspaceId, person.user.id, role, new Date());
    return person;
  };
  const leader = await member('Lee Leader', 'leader');
  const otherLeader = await member('Olga Leader', 'leader');
  const coach = await member('Cora Coach', 'coach');
  await beforeCycle(admin.client, workspaceId);
  const cycle = await leader.client.post(`/api/workspaces/${workspaceId}/cycles`, {
    problem: 'My team never tells me about problems until it is too late.',
    goal: 'I want to get better at listening so that people bring me problems early.',
    competencyKey: 'listening-with-empathy',
    baseline: {},
  });
  if (cycle.status !== 201) throw new Error(`cycle: ${cycle.status} ${await cycle.text()}`);
  const stakeholderIds: string[] = [];
  for (const stakeholder of fiveStakeholders) {
    const response = await leader.client.post(`/api/workspaces/${workspaceId}/stakeholders`, stakeholder);
    stakeholderIds.push(((await response.json()) as Json).stakeholder.id);
  }
  return {
    admin,
    coach,
    otherLeader,
    leader,
    workspaceId,
    cycle: ((await cycle.json()) as Json).cycle as Leader['cycle'],
    stakeholderIds,
  };
}
