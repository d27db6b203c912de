import { afterEach, expect, test } from 'vitest';
import { fiveStakeholders } from '../support/leader-fixture';
import type { TestApp } from '../support/test-app';
import { describeEachEngine } from '../support/test-database';
import {
  answerThrough,
  appWithClock,
  closeRound,
  type Json,
  openRoundOf,
  organization,
  signedAnswers,
} from './adversary-kit';

/**
 * An admin reads the audit log and its CSV after a whole round, hoping it says who answered, what
 * they said, or which invitation became which answer.
 */
describeEachEngine('the audit log', (engine) => {
  let testApp: TestApp;
  afterEach(async () => {
    await testApp.dispose();
  });

  test('attack: after a whole round and every admin action, the log holds no answer and no stakeholder', async () => {
    ({ testApp } = await appWithClock(engine));
    const setup = await openRoundOf(await organization(testApp), 'listening');
    const base = `/api/workspaces/${setup.workspaceId}`;
    for (const name of ['Ada', 'Ben', 'Cy', 'Dee'])
      await answerThrough(testApp, setup.urlOf(name), signedAnswers(4, `${name}-secret`));
    await closeRound(setup);
    const admin = setup.admin.client;
    await admin.put(`${base}/members/${setup.coach.user.id}/roles`, { roles: ['coach', 'leader'] });
    await admin.put(`${base}/anonymity`, { anonymityK: 4 });
    await admin.delete(`${base}/members/${setup.otherLeader.user.id}`);
    await setup.leader.client.get('/api/account/export');

    const db = testApp.database.db;
    const secrets = [
      ...['Ada', 'Ben', 'Cy', 'Dee'].map((name) => `${name}-secret`),
      ...fiveStakeholders.flatMap((s) => [s.name, s.email]),
      ...setup.tokens,
      ...setup.stakeholderIds,
      ...(await db.selectFrom('round_invitations').select('id').execute()).map((row) => row.id),
      ...(await db.selectFrom('responses').select('id').execute()).map((row) => row.id),
      ...(await db.selectFrom('invitation_tokens').select('token_hash').execute()).map(
        (row) => row.token_hash,
      ),
    ];
    const rows = await db.selectFrom('audit_log').selectAll().execute();
    expect(rows.length).toBeGreaterThan(3);
    const csv = await (await admin.get(`${base}/audit.csv`)).text();
    const page = JSON.stringify(await (await admin.get(`${base}/audit`)).json());
    const everything = [JSON.stringify(rows), csv, page].join('\n');
    for (const secret of secrets) expect(everything).not.toContain(secret);
    // Nothing about answering is an admin action: no row may even say that someone answered.
    expect(
      rows
        .map((row: Json) => row.action)
        .filter((action: string) => /answer|response|invitation_token/.test(action)),
    ).toEqual([]);
    expect(everything).not.toContain('/a/');
  });
});
