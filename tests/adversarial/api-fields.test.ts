import { afterEach, beforeEach, expect, test } from 'vitest';
import { fiveStakeholders } from '../support/leader-fixture';
import type { TestApp } from '../support/test-app';
import { describeEachEngine } from '../support/test-database';
import {
  answerThrough,
  appWithClock,
  closeRound,
  everythingTheLeaderCanRead,
  type Json,
  leavesOf,
  openRound,
  type Setup,
  signedAnswers,
} from './adversary-kit';

/** The leader scans every JSON their session can fetch for anything that says who answered. */

describeEachEngine('API fields the leader can read', (engine) => {
  let testApp: TestApp;
  beforeEach(async () => {
    ({ testApp } = await appWithClock(engine));
  });
  afterEach(async () => {
    await testApp.dispose();
  });

  async function roundWithThreeAnswers() {
    const setup = await openRound(testApp);
    for (const name of ['Ben', 'Dee', 'Max'])
      await answerThrough(testApp, setup.urlOf(name), signedAnswers(4, name));
    return setup;
  }

  const roundPages = (setup: Setup) => [
    `/api/rounds/${setup.roundId}`,
    `/api/cycles/${setup.cycle.id}`,
    `/api/workspaces/${setup.workspaceId}/cycles`,
  ];

  test('attack: scan the round and cycle pages for stakeholder names and emails, open and closed', async () => {
    const setup = await roundWithThreeAnswers();
    const open = await everythingTheLeaderCanRead(setup);
    await closeRound(setup);
    const closed = await everythingTheLeaderCanRead(setup);
    for (const bodies of [open, closed]) {
      for (const path of roundPages(setup)) {
        for (const stakeholder of fiveStakeholders) {
          expect(bodies[path], path).not.toContain(stakeholder.name);
          expect(bodies[path], path).not.toContain(stakeholder.email);
        }
      }
    }
  });

  test('attack: scan every leader JSON for invitation ids, token hashes and response ids', async () => {
    const setup = await roundWithThreeAnswers();
    await closeRound(setup);
    const db = testApp.database.db;
    const secrets = [
      ...(await db.selectFrom('round_invitations').select('id').execute()).map((row) => row.id),
      ...(await db.selectFrom('invitation_tokens').select('token_hash').execute()).map(
        (row) => row.token_hash,
      ),
      ...(await db.selectFrom('round_links').select('token_hash').execute()).map((row) => row.token_hash),
      ...(await db.selectFrom('responses').select('id').execute()).map((row) => row.id),
    ];
    // Five invitations, a link for each of the three groups, three responses.
    expect(secrets.length).toBeGreaterThanOrEqual(11);
    for (const [path, body] of Object.entries(await everythingTheLeaderCanRead(setup))) {
      for (const secret of secrets) expect(body, path).not.toContain(secret);
    }
  });

  test('attack: scan every leader JSON for an answered flag, reminder count or invitation list', async () => {
    const setup = await roundWithThreeAnswers();
    for (const [path, body] of Object.entries(await everythingTheLeaderCanRead(setup))) {
      const keys = [...leavesOf(JSON.parse(body))].map(([key]) => key);
      for (const key of keys) {
        expect(key, path).not.toMatch(/answered|responded|reminder|invitations|invitationId|hasAnswered/i);
      }
    }
  });

  test('attack: diff the stakeholder list before and after people answer', async () => {
    const setup = await openRound(testApp);
    const path = `/api/workspaces/${setup.workspaceId}/stakeholders`;
    const before = await (await setup.leader.client.get(path)).text();
    for (const name of ['Ada', 'Max'])
      await answerThrough(testApp, setup.urlOf(name), signedAnswers(2, name));
    expect(await (await setup.leader.client.get(path)).text()).toBe(before);
  });

  test("attack: read who answered from the thank-you note's list of people to thank by hand", async () => {
    const setup = await roundWithThreeAnswers();
    await closeRound(setup);
    const sent = await setup.leader.client.post(`/api/rounds/${setup.roundId}/thank-you`, {
      message: 'Thank you all for your honest ideas. I will share my plan soon.',
    });
    const { byHand } = ((await sent.json()) as Json).delivery;
    // Everyone asked is listed, answered or not.
    expect([...byHand].sort()).toEqual(fiveStakeholders.map((stakeholder) => stakeholder.name).sort());
  });

  test('attack: spot which answer is whose from the released results', async () => {
    const setup = await roundWithThreeAnswers();
    await closeRound(setup);
    const body = (await everythingTheLeaderCanRead(setup))[`/api/rounds/${setup.roundId}`] as string;
    // Each released text is the writer's own words, but nothing put beside it names them.
    const view = JSON.parse(body) as Json;
    for (const text of view.results.texts) {
      expect(Object.keys(text).sort()).toEqual(['answers', 'prompt', 'questionId']);
    }
    expect(view.results.namedManager).toBeNull();
    for (const stakeholder of fiveStakeholders) expect(body).not.toContain(stakeholder.email);
  });
});
