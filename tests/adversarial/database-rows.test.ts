import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { fiveStakeholders } from '../support/leader-fixture';
import { createTestApp, type TestApp, testBaseUrl } from '../support/test-app';
import { describeEachEngine } from '../support/test-database';
import {
  answerCookie,
  answerThrough,
  appWithClock,
  dumpAllTables,
  type Json,
  openRound,
  signedAnswers,
  tokenOf,
} from './adversary-kit';
import { firstLinkMailedTo, unreachableSmtp } from './mailed-round';

/** Someone reading the database tries to tie a response row to an invitation or a person. */

describeEachEngine('database rows', (engine) => {
  let testApp: TestApp;
  beforeEach(async () => {
    ({ testApp } = await appWithClock(engine));
  });
  afterEach(async () => {
    await testApp.dispose();
  });

  test('attack: join responses to invitations or stakeholders through a column', async () => {
    const setup = await openRound(testApp);
    await answerThrough(testApp, setup.urlOf('Ada'), signedAnswers(4, 'Ada'));
    const [row] = await testApp.database.db.selectFrom('responses').selectAll().execute();
    expect(Object.keys(row ?? {}).sort()).toEqual(
      ['answers', 'id', 'named_manager', 'relationship_group', 'round_id'].sort(),
    );
    const referenced =
      engine === 'sqlite'
        ? (
            await sql<{ table: string }>`select "table" from pragma_foreign_key_list('responses')`.execute(
              testApp.database.db,
            )
          ).rows.map((fk) => fk.table)
        : (
            await sql<{ table: string }>`select ccu.table_name as "table"
              from information_schema.table_constraints tc
              join information_schema.constraint_column_usage ccu
                on ccu.constraint_name = tc.constraint_name and ccu.table_schema = tc.table_schema
              where tc.table_name = 'responses' and tc.constraint_type = 'FOREIGN KEY'
                and tc.table_schema = current_schema()`.execute(testApp.database.db)
          ).rows.map((fk) => fk.table);
    expect(referenced).toEqual(['rounds']);
  });

  test('attack: match a response id to an invitation id by sequence or shared value', async () => {
    const setup = await openRound(testApp);
    for (const name of ['Ada', 'Ben', 'Cy'])
      await answerThrough(testApp, setup.urlOf(name), signedAnswers(4, name));
    const db = testApp.database.db;
    const responses = await db.selectFrom('responses').select(['id', 'answers']).execute();
    const invitations = (await db.selectFrom('round_invitations').select('id').execute()).map(
      (row) => row.id,
    );
    for (const response of responses) {
      expect(response.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      for (const invitation of invitations) expect(response.answers).not.toContain(invitation);
      expect(invitations).not.toContain(response.id);
    }
  });

  test("attack: find a stakeholder's name or email inside a stored response", async () => {
    const setup = await openRound(testApp);
    for (const name of ['Ada', 'Dee', 'Max'])
      await answerThrough(testApp, setup.urlOf(name), signedAnswers(2, name));
    const rows = JSON.stringify(await testApp.database.db.selectFrom('responses').selectAll().execute());
    for (const stakeholder of fiveStakeholders) {
      expect(rows).not.toContain(stakeholder.name);
      expect(rows).not.toContain(stakeholder.email);
    }
  });

  test('attack: look up the IP address or user agent an answer came from, in any table', async () => {
    const setup = await openRound(testApp);
    const address = '203.0.113.77';
    const headers = {
      origin: testBaseUrl,
      'user-agent': 'CuriousAgent/9.9 (Stakeholder laptop)',
      'x-forwarded-for': '198.51.100.23',
      'x-real-ip': '198.51.100.24',
    };
    const env = {
      incoming: { socket: { remoteAddress: address, remotePort: 50_000, remoteFamily: 'IPv4' } },
    };
    const token = tokenOf(setup.urlOf('Ada'));
    await testApp.app.request(`/a/${token}`, { headers }, env);
    const cookie = `${answerCookie}=${token}`;
    const page = (await (
      await testApp.app.request('/api/answer', { headers: { ...headers, cookie } }, env)
    ).json()) as Json;
    const answers = signedAnswers(4, 'Ada')(page);
    const submitted = await testApp.app.request(
      '/api/answer',
      {
        method: 'POST',
        headers: { ...headers, cookie, 'content-type': 'application/json' },
        body: JSON.stringify({ answers }),
      },
      env,
    );
    expect(submitted.status).toBe(201);
    const dump = JSON.stringify(await dumpAllTables(testApp));
    for (const trace of [address, '198.51.100.23', '198.51.100.24', 'CuriousAgent'])
      expect(dump).not.toContain(trace);
  });
});

describe.skipIf(!process.env.TEST_DATABASE_URL)('row metadata on postgres', () => {
  let testApp: TestApp;
  beforeEach(async () => {
    // Invitations are marked answered only through personal links, which are mailed ones (decision 0019).
    testApp = await createTestApp('postgres', {
      now: () => new Date('2026-12-01T09:00:00Z'),
      env: unreachableSmtp,
    });
  });
  afterEach(async () => {
    await testApp.dispose();
  });

  const xminsOf = async (table: 'round_invitations' | 'responses', roundId: string) =>
    (
      await sql<{
        xmin: string;
      }>`select xmin::text as xmin from ${sql.table(table)} where round_id = ${roundId}`.execute(
        testApp.database.db,
      )
    ).rows.map((row) => row.xmin);

  test("attack: find the invitation that answered by its row's xmin", async () => {
    const setup = await openRound(testApp);
    for (const name of ['Ben', 'Max']) {
      const email = `${name.toLowerCase()}@example.com`;
      await answerThrough(testApp, await firstLinkMailedTo(testApp, email), signedAnswers(4, name));
      const invitations = await xminsOf('round_invitations', setup.roundId);
      expect(invitations).toHaveLength(5);
      expect(new Set(invitations).size).toBe(1);
      // The invitations were all rewritten by the very transaction that stored the latest response.
      expect(await xminsOf('responses', setup.roundId)).toContain(invitations[0]);
    }
  });

  test("attack: order the responses by their rows' xmin to read who answered when", async () => {
    const setup = await openRound(testApp);
    await answerThrough(
      testApp,
      await firstLinkMailedTo(testApp, 'ben@example.com'),
      signedAnswers(4, 'Ben'),
    );
    await answerThrough(
      testApp,
      await firstLinkMailedTo(testApp, 'max@example.com'),
      signedAnswers(2, 'Max'),
    );
    await answerThrough(
      testApp,
      await firstLinkMailedTo(testApp, 'ada@example.com'),
      signedAnswers(5, 'Ada'),
    );
    const responses = await xminsOf('responses', setup.roundId);
    expect(responses).toHaveLength(3);
    // Every answer moved all of the round's responses in one transaction: the latest stamped them all.
    expect(new Set(responses).size).toBe(1);
  });

  test('attack: read the invitations in physical order, hoping answered ones move behind the rest', async () => {
    const setup = await openRound(testApp);
    const physicalOrder = async () =>
      (
        await sql<{ id: string }>`select id from round_invitations
          where round_id = ${setup.roundId} order by ctid`.execute(testApp.database.db)
      ).rows.map((row) => row.id);
    const before = await physicalOrder();
    for (const name of ['Max', 'Ada']) {
      const email = `${name.toLowerCase()}@example.com`;
      await answerThrough(testApp, await firstLinkMailedTo(testApp, email), signedAnswers(3, name));
      // Each answer rewrote every invitation alike in one statement: none moved apart from the others.
      expect(await physicalOrder()).toEqual(before);
    }
  });
});
