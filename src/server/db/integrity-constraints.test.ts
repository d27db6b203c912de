import { type Kysely, sql } from 'kysely';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { leaderWithCycle } from '../../../tests/support/leader-fixture';
import { createTestApp, type TestApp } from '../../../tests/support/test-app';
import { describeEachEngine, withSchemaLock } from '../../../tests/support/test-database';
import { createRoundsRepository } from '../modules/rounds/rounds.repository';
import { newId } from '../security/tokens';
import type { Database } from './database';
import { migrateTo, migrateToLatest } from './migrate';
import type { RoundInvitationsTable, RoundsTable } from './schema';

/** The rules migration 0007 hands to the database, and what it does with rows that broke them. */

describeEachEngine('integrity rules held by the database', (engine) => {
  let testApp: TestApp;
  let db: Database;
  let cycleId: string;
  let stakeholderIds: string[];
  beforeEach(async () => {
    testApp = await createTestApp(engine);
    db = testApp.database.db;
    ({
      cycle: { id: cycleId },
      stakeholderIds,
    } = await leaderWithCycle(testApp));
  });
  afterEach(async () => {
    await testApp.dispose();
  });

  const round = (status: RoundsTable['status'], openedAt: string): RoundsTable => ({
    id: newId(),
    cycle_id: cycleId,
    kind: 'pulse',
    status,
    intro: 'How is it going?',
    questions: '[]',
    anonymity_k: 3,
    opened_at: openedAt,
    closes_on: '2026-12-10',
    closes_at: '2026-12-11T00:00:00.000Z',
    closed_at: status === 'closed' ? openedAt : null,
    thanked_at: null,
  });
  const invitation = (roundId: string, stakeholderId: string | null): RoundInvitationsTable => ({
    id: newId(),
    round_id: roundId,
    stakeholder_id: stakeholderId,
    relationship_group: 'peer',
    answered: 0,
    mailed_to: null,
  });
  /** An invitation as schema 0006 stored it (migration 0008 later dropped these two columns). */
  const beforeMigration8 = ({ mailed_to: _, ...row }: RoundInvitationsTable) => ({
    ...row,
    reminders_sent: 0,
    created_at: '2026-12-01T09:00:00.000Z',
  });
  // Rounds have known their closing moment since migration 21.
  const beforeMigration21 = ({ closes_at: _, ...row }: RoundsTable) => row;
  type Schema6 = { round_invitations: ReturnType<typeof beforeMigration8> };
  const rounds = () => testApp.deps.repos.rounds;

  test('a cycle holds one open round at most, beside any number of closed ones', async () => {
    const repos = rounds();
    expect(await repos.insertRound(round('closed', '2026-11-01T09:00:00.000Z'))).toBe(true);
    expect(await repos.insertRound(round('open', '2026-12-01T09:00:00.000Z'))).toBe(true);
    expect(await repos.insertRound(round('open', '2026-12-01T09:00:01.000Z'))).toBe(false);
    expect(await repos.insertRound(round('closed', '2026-12-01T09:00:02.000Z'))).toBe(true);
  });

  test('a person is invited to a round once; unlinked invitations of removed people never collide', async () => {
    const repos = rounds();
    const open = round('open', '2026-12-01T09:00:00.000Z');
    await repos.insertRound(open);
    const [ada, ben] = stakeholderIds as [string, string];
    expect(await repos.insertInvitation(invitation(open.id, ada), newId())).toBe(true);
    expect(await repos.insertInvitation(invitation(open.id, ben), newId())).toBe(true);
    expect(await repos.insertInvitation(invitation(open.id, ada), newId())).toBe(false);
    expect(await repos.insertInvitation(invitation(open.id, null), newId())).toBe(true);
    expect(await repos.insertInvitation(invitation(open.id, null), newId())).toBe(true);
    expect(await repos.countInvitations(open.id)).toBe(4);
  });

  test('an answer holding the round lock makes a close from another process wait for it', async () => {
    const open = round('open', '2026-12-01T09:00:00.000Z');
    await rounds().insertRound(open);
    const otherProcess = testApp.database.openAnother();
    // SQLite's waiting happens inside one synchronous call, which would block this very test, so
    // the other connection is told not to wait: it reports the lock as SQLITE_BUSY instead.
    if (engine === 'sqlite') await sql`pragma busy_timeout = 0`.execute(otherProcess.db);
    const closeElsewhere = () =>
      createRoundsRepository({ db: otherProcess.db, engine }).closeRound(open.id, new Date());
    const events: string[] = [];
    let closing: Promise<unknown> = Promise.resolve();
    await testApp.deps.transact(async (repos) => {
      expect((await repos.rounds.lockRound(open.id))?.status).toBe('open');
      if (engine === 'sqlite') {
        await closeElsewhere().catch((error: { code?: string }) =>
          events.push(`close refused: ${error.code}`),
        );
      } else {
        const closer = await backendOf(otherProcess.db);
        closing = closeElsewhere().then((closed) => events.push(`closed: ${closed}`));
        await waitUntilWaitingForALock(db, closer);
      }
      events.push('answer committed');
    });
    await closing;
    if (engine === 'sqlite') events.push(`closed: ${await closeElsewhere()}`);
    await otherProcess.close();
    expect(events).toEqual([
      ...(engine === 'sqlite' ? ['close refused: SQLITE_BUSY'] : []),
      'answer committed',
      'closed: true',
    ]);
  });

  test('upgrading keeps the first of two open rounds and one invitation per person, losing no answer', async () => {
    const inSchema =
      engine === 'postgres'
        ? (await sql<{ name: string }>`select current_schema() as name`.execute(db)).rows[0]?.name
        : undefined;
    // Migrating down drops tables another worker's migrator may be reading in the catalog: take turns.
    const inTurn = <T>(work: () => Promise<T>) => (engine === 'postgres' ? withSchemaLock(work) : work());
    await inTurn(() => migrateTo(db, '0006-review-and-relationships', inSchema));
    const first = round('open', '2026-12-01T09:00:00.000Z');
    const second = round('open', '2026-12-01T09:00:05.000Z');
    const roundsBefore21 = db as unknown as Kysely<{ rounds: ReturnType<typeof beforeMigration21> }>;
    await roundsBefore21.insertInto('rounds').values([second, first].map(beforeMigration21)).execute();
    const ada = stakeholderIds[0] as string;
    const twice = [invitation(first.id, ada), { ...invitation(first.id, ada), answered: 1 }];
    await db
      .withTables<Schema6>()
      .insertInto('round_invitations')
      .values(twice.map(beforeMigration8))
      .execute();

    await inTurn(() => migrateToLatest(db, inSchema));

    const statuses = await db.selectFrom('rounds').select(['id', 'status']).orderBy('opened_at').execute();
    expect(statuses).toEqual([
      { id: first.id, status: 'open' },
      { id: second.id, status: 'closed' },
    ]);
    const invitations = await db
      .selectFrom('round_invitations')
      .select(['stakeholder_id', 'answered'])
      .where('round_id', '=', first.id)
      .execute();
    expect(invitations.map((row) => row.stakeholder_id).sort()).toEqual([ada, null].sort());
    expect(invitations.map((row) => row.answered).sort()).toEqual([0, 1]);
  });
});

/** The PostgreSQL session an idle one-query-at-a-time pool will use again next. */
async function backendOf(db: Database) {
  return (await sql<{ pid: number }>`select pg_backend_pid() as pid`.execute(db)).rows[0]?.pid;
}

/** Polls PostgreSQL until that session's statement is waiting for a lock. */
async function waitUntilWaitingForALock(db: Database, pid: number | undefined) {
  for (;;) {
    const { rows } = await sql<{ waiting: number }>`select count(*)::int as waiting from pg_stat_activity
      where pid = ${pid} and wait_event_type = 'Lock'`.execute(db);
    if ((rows[0]?.waiting ?? 0) > 0) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
