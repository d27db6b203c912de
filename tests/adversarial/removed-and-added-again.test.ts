import { afterEach, beforeEach, expect, test } from 'vitest';
import type { TestApp } from '../support/test-app';
import { describeEachEngine } from '../support/test-database';
import {
  answerThrough,
  appWithClock,
  type Json,
  leaderView,
  openRound,
  signedAnswers,
} from './adversary-kit';
import { firstLinkMailedTo, linksMailedTo, unreachableSmtp } from './mailed-round';

/**
 * With SMTP on, the leader removes a person they asked while the round is open, puts them back on
 * the list and adds them to the round again: a second personal link would let one person answer
 * twice, or the leader weigh one friendly voice double.
 */

describeEachEngine('a person removed and added again', (engine) => {
  let testApp: TestApp;
  beforeEach(async () => {
    ({ testApp } = await appWithClock(engine, unreachableSmtp));
  });
  afterEach(async () => {
    await testApp.dispose();
  });

  test('attack: remove an invited person, add them back to the round, and answer twice', async () => {
    const setup = await openRound(testApp);
    await answerThrough(
      testApp,
      await firstLinkMailedTo(testApp, 'ada@example.com'),
      signedAnswers(4, 'Ada'),
    );
    expect((await setup.leader.client.delete(`/api/stakeholders/${setup.stakeholderIds[0]}`)).status).toBe(
      204,
    );
    const readded = await setup.leader.client.post(`/api/workspaces/${setup.workspaceId}/stakeholders`, {
      name: 'Ada Again',
      email: 'ADA+again@example.com',
      relationshipGroup: 'direct_report',
    });
    expect(readded.status).toBe(201);
    const { stakeholder } = (await readded.json()) as Json;

    const added = await setup.leader.client.post(`/api/rounds/${setup.roundId}/invitations`, {
      stakeholderId: stakeholder.id,
    });

    expect(added.status).toBe(409);
    expect(((await added.json()) as Json).error.code).toBe('already_invited');
    expect(await linksMailedTo(testApp, 'ADA+again@example.com')).toEqual([]);
    expect((await leaderView(setup)).round.invitedCount).toBe(5);
  });
});
