import type SqliteDatabase from 'better-sqlite3';
import type { Database } from '../../src/server/db/database';
import type { Question } from '../../src/shared/questions';
import { answersFor, openRoundRows, type Rows, seedPassword } from '../seed/leader-rows';
import { insertRows, merge } from '../seed/seed-database';

export type SubmitLinks = { tokens: string[]; roundIds: string[]; answers: Record<string, number | string> };
export type ReadingLeader = { email: string; cycleId: string; roundIds: string[] };
export type ProgramReader = { email: string; programId: string };

/**
 * Fresh links for the answer-submit runs: `rounds` seeded leaders each get an open listening round
 * of `people` mailed links (their cycles have none open), so submits spread over many rounds.
 * The leaders after them, with only closed rounds, are the ones whose reads are measured.
 */
export async function prepareBenchData(
  db: Database,
  sqliteFile: SqliteDatabase.Database | undefined,
  { rounds, people, readers }: { rounds: number; people: number; readers: number },
) {
  const leaders = await db
    .selectFrom('users')
    .innerJoin('cycles', 'cycles.leader_id', 'users.id')
    .select(['users.email', 'users.name', 'cycles.id as cycleId'])
    .orderBy('users.email')
    .limit(rounds + readers)
    .execute();
  if (leaders.length < rounds + readers) throw new Error(`Seed at least ${rounds + readers} leaders.`);
  const rows: Rows = {};
  const links: SubmitLinks = { tokens: [], roundIds: [], answers: {} };
  let questions: Question[] = [];
  const tokensOfRounds: string[][] = [];
  for (const leader of leaders.slice(0, rounds)) {
    const opened = openRoundRows(leader.cycleId, leader.name, people, Date.now());
    merge(rows, opened.rows);
    tokensOfRounds.push(opened.tokens);
    links.roundIds.push(opened.roundId);
    questions = opened.questions;
  }
  // One link of each round in turn, so requests sent together go to different rounds, as people
  // answer and as the ceiling's inserts are spread: in a round's order, 50 at once would queue on
  // two or three rounds' locks (decision 0056).
  for (let person = 0; person < people; person++)
    links.tokens.push(...tokensOfRounds.flatMap((tokens) => tokens.slice(person, person + 1)));
  links.answers = answersFor(questions, 1);
  await insertRows(db, rows, sqliteFile);
  const readingLeaders: ReadingLeader[] = [];
  for (const leader of leaders.slice(rounds)) {
    const closed = await db
      .selectFrom('rounds')
      .select('id')
      .where('cycle_id', '=', leader.cycleId)
      .execute();
    readingLeaders.push({ email: leader.email, cycleId: leader.cycleId, roundIds: closed.map((r) => r.id) });
  }
  // A program's admin reads its insight: 50 leaders' cycles and released rounds each.
  const programReaders: ProgramReader[] = await db
    .selectFrom('programs')
    .innerJoin('memberships', 'memberships.workspace_id', 'programs.workspace_id')
    .innerJoin('users', 'users.id', 'memberships.user_id')
    .where('memberships.role', '=', 'admin')
    .select(['users.email', 'programs.id as programId'])
    .orderBy('users.email')
    .limit(readers)
    .execute();
  return { links, readingLeaders, programReaders };
}

/** Signs a seeded leader in; the cookies their browser would then send. */
export async function signIn(baseUrl: string, email: string, network: string): Promise<string> {
  const response = await fetch(`${baseUrl}/api/auth/sign-in`, {
    method: 'POST',
    headers: { origin: baseUrl, 'content-type': 'application/json', 'x-forwarded-for': network },
    body: JSON.stringify({ email, password: seedPassword }),
  });
  if (response.status !== 200)
    throw new Error(`sign-in of ${email}: ${response.status} ${await response.text()}`);
  return response.headers
    .getSetCookie()
    .map((line) => line.split(';')[0])
    .join('; ');
}
