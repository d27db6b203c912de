import { afterEach, beforeEach, expect, test } from 'vitest';
import { fiveStakeholders } from '../support/leader-fixture';
import type { TestApp } from '../support/test-app';
import { describeEachEngine } from '../support/test-database';
import {
  answerThrough,
  appWithClock,
  dumpAllTables,
  type Json,
  type manualClock,
  openRound,
  signedAnswers,
} from './adversary-kit';
import {
  firstLinkMailedTo,
  firstReminderRuns,
  linksMailedTo,
  runJobsAt,
  secondReminderRuns,
  unreachableSmtp,
} from './mailed-round';

/**
 * The operator holds one copy of the database (a backup). People answered at different moments
 * between the reminders, and one person was added mid-round. If a response kept its day, and an
 * invitation kept how often or when it was reminded or added, the two could be lined up: a
 * response dated between reminder r and r + 1 belongs to someone reminded r times.
 */

/** What sets one row apart from its neighbours, once the columns every such row must have are left out. */
const marks = (rows: Json[], identity: string[]) =>
  rows.map((row) =>
    JSON.stringify(
      Object.keys(row)
        .filter((key) => !identity.includes(key))
        .sort()
        .map((key) => [key, row[key]]),
    ),
  );

/**
 * What an invitation must keep: whose it is, where its mail went, the inbox it was for, its group,
 * and whether it was used.
 */
const invitationIdentity = [
  'id',
  'round_id',
  'stakeholder_id',
  'relationship_group',
  'answered',
  'mailed_to',
  'inbox_key',
];
const tokenIdentity = ['token_hash', 'invitation_id'];
/** What a response must keep: the round, the group, a named manager's choice and the answers. */
const responseIdentity = ['id', 'round_id', 'relationship_group', 'named_manager', 'answers'];

async function expectNothingToLineUp(testApp: TestApp) {
  const dump = await dumpAllTables(testApp);
  expect(new Set(marks(dump.responses ?? [], responseIdentity)).size).toBe(1);
  expect(new Set(marks(dump.round_invitations ?? [], invitationIdentity)).size).toBe(1);
  expect(new Set(marks(dump.invitation_tokens ?? [], tokenIdentity)).size).toBe(1);
  // And no other table names an invitation, so nothing elsewhere (jobs, mail) times one either.
  const invitationIds = (dump.round_invitations ?? []).map((row) => row.id as string);
  for (const [table, rows] of Object.entries(dump)) {
    if (table === 'round_invitations' || table === 'invitation_tokens') continue;
    const text = JSON.stringify(rows);
    expect({ table, named: invitationIds.filter((id) => text.includes(id)) }).toEqual({ table, named: [] });
  }
}

describeEachEngine('one database copy', (engine) => {
  let testApp: TestApp;
  let clock: ReturnType<typeof manualClock>;
  beforeEach(async () => {
    ({ testApp, clock } = await appWithClock(engine, unreachableSmtp));
  });
  afterEach(async () => {
    await testApp.dispose();
  });

  test('attack: match response days to reminder counts and token times from one database copy', async () => {
    await openRound(testApp);
    clock.set('2026-12-02T10:00:00Z');
    await answerThrough(
      testApp,
      await firstLinkMailedTo(testApp, 'ada@example.com'),
      signedAnswers(4, 'Ada'),
    );
    await runJobsAt(testApp, clock, firstReminderRuns);
    clock.set('2026-12-06T10:00:00Z');
    const bensReminder = (await linksMailedTo(testApp, 'ben@example.com')).at(-1) as string;
    await answerThrough(testApp, bensReminder, signedAnswers(3, 'Ben'));
    await runJobsAt(testApp, clock, secondReminderRuns);
    clock.set('2026-12-09T10:00:00Z');
    const cysReminder = (await linksMailedTo(testApp, 'cy@example.com')).at(-1) as string;
    await answerThrough(testApp, cysReminder, signedAnswers(5, 'Cy'));

    // Everyone who had not answered was reminded, so the reminders did happen.
    expect(await linksMailedTo(testApp, 'dee@example.com')).toHaveLength(3);
    await expectNothingToLineUp(testApp);
  });

  test("attack: match a mid-round invitation's time to a response day", async () => {
    const setup = await openRound(testApp);
    clock.set('2026-12-01T10:00:00Z');
    for (const { name, email } of fiveStakeholders.slice(0, 2)) {
      await answerThrough(testApp, await firstLinkMailedTo(testApp, email), signedAnswers(4, name));
    }
    clock.set('2026-12-03T10:00:00Z');
    const added = await setup.leader.client.post(`/api/workspaces/${setup.workspaceId}/stakeholders`, {
      name: 'Pat Latecomer',
      email: 'pat@example.com',
      relationshipGroup: 'direct_report',
    });
    const patId = ((await added.json()) as Json).stakeholder.id as string;
    expect(
      (await setup.leader.client.post(`/api/rounds/${setup.roundId}/invitations`, { stakeholderId: patId }))
        .status,
    ).toBe(201);
    await answerThrough(
      testApp,
      await firstLinkMailedTo(testApp, 'pat@example.com'),
      signedAnswers(2, 'Pat'),
    );

    await expectNothingToLineUp(testApp);
  });
});
