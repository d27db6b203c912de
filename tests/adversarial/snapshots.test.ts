import { afterEach, beforeEach, expect, test } from 'vitest';
import type { TestApp } from '../support/test-app';
import { describeEachEngine } from '../support/test-database';
import {
  answerThrough,
  appWithClock,
  closeRound,
  type Json,
  leaderView,
  openRound,
  signedAnswers,
} from './adversary-kit';

const cycleRoundFields = [
  'anonymityK',
  'closedAt',
  'closesOn',
  'id',
  'invitedCount',
  'kind',
  // One language for the whole round, fixed when it opens (M58).
  'language',
  'openedAt',
  'responseCount',
  'status',
  'thankedAt',
];

/** The leader polls the round as answers arrive, hoping two snapshots differ by exactly one answer. */

describeEachEngine('before/after snapshots', (engine) => {
  let testApp: TestApp;
  beforeEach(async () => {
    ({ testApp } = await appWithClock(engine));
  });
  afterEach(async () => {
    await testApp.dispose();
  });

  test('attack: poll the round view after every answer to see what each one added', async () => {
    const setup = await openRound(testApp);
    const names = ['Ada', 'Ben', 'Cy', 'Dee', 'Max'];
    for (const [index, name] of names.entries()) {
      await answerThrough(testApp, setup.urlOf(name), signedAnswers(index + 1, name));
      const view = await leaderView(setup);
      expect(view.results).toEqual({ released: false, reason: 'open', responseCount: index + 1, k: 3 });
      expect(view.themes).toEqual([]);
      expect(JSON.stringify(view)).not.toMatch(/ask before deciding/i);
    }
  });

  test('attack: poll the cycle page after every answer for anything beyond the count', async () => {
    const setup = await openRound(testApp);
    for (const [index, name] of ['Ada', 'Dee', 'Max'].entries()) {
      await answerThrough(testApp, setup.urlOf(name), signedAnswers(5, name));
      const cycle = (await (await setup.leader.client.get(`/api/cycles/${setup.cycle.id}`)).json()) as Json;
      const round = cycle.cycle?.rounds?.[0] ?? cycle.rounds?.[0];
      expect(round).toMatchObject({ responseCount: index + 1, invitedCount: 5 });
      // Round-level facts only: no list, flag or date about any invitation or response.
      expect(Object.keys(round).filter((key) => !cycleRoundFields.includes(key))).toEqual([]);
      expect(JSON.stringify(cycle)).not.toMatch(/ask before deciding/i);
    }
  });

  test('attack: close with one answer short of k, then let one more arrive for a second snapshot', async () => {
    const setup = await openRound(testApp);
    for (const name of ['Ada', 'Ben'])
      await answerThrough(testApp, setup.urlOf(name), signedAnswers(2, name));
    await closeRound(setup);
    const late = testApp.client();
    await late.get(new URL(setup.urlOf('Cy')).pathname);
    const page = (await (await late.get('/api/answer')).json()) as Json;
    expect(page.error.code).toBe('round_closed');
    expect((await late.post('/api/answer', { answers: {} })).status).toBe(410);
    expect((await leaderView(setup)).results).toEqual({
      released: false,
      reason: 'too-few',
      responseCount: 2,
      k: 3,
    });
    expect((await setup.leader.client.post(`/api/rounds/${setup.roundId}/close`)).status).toBe(409);
  });

  test('attack: add a stakeholder after release to get a second, larger snapshot', async () => {
    const setup = await openRound(testApp);
    for (const name of ['Ada', 'Ben', 'Cy'])
      await answerThrough(testApp, setup.urlOf(name), signedAnswers(4, name));
    await closeRound(setup);
    const added = await setup.leader.client.post(`/api/workspaces/${setup.workspaceId}/stakeholders`, {
      name: 'Late Larry',
      relationshipGroup: 'direct_report',
    });
    const { stakeholder } = (await added.json()) as Json;
    const invited = await setup.leader.client.post(`/api/rounds/${setup.roundId}/invitations`, {
      stakeholderId: stakeholder.id,
    });
    expect(invited.status).toBe(409);
    expect(((await invited.json()) as Json).error.code).toBe('round_closed');
  });

  test('attack: fetch the released results again and again to catch them changing', async () => {
    const setup = await openRound(testApp);
    for (const [index, name] of ['Ada', 'Ben', 'Cy', 'Dee'].entries()) {
      await answerThrough(testApp, setup.urlOf(name), signedAnswers(2 + index, name));
    }
    await closeRound(setup);
    const first = (await leaderView(setup)).results;
    for (let look = 0; look < 4; look++) {
      const again = (await leaderView(setup)).results;
      expect(again.ratings).toEqual(first.ratings);
      expect(again.responseCount).toBe(first.responseCount);
      for (const [index, text] of again.texts.entries()) {
        expect([...text.answers].sort()).toEqual([...first.texts[index].answers].sort());
      }
    }
  });

  test('attack: add a peer mid-round to push the peer group past k and isolate the first peer', async () => {
    const setup = await openRound(testApp);
    for (const name of ['Ada', 'Ben', 'Cy', 'Dee']) {
      await answerThrough(testApp, setup.urlOf(name), signedAnswers(name === 'Dee' ? 1 : 5, name));
    }
    const before = await leaderView(setup);
    for (const name of ['Pat Peer', 'Quinn Peer']) {
      const added = await setup.leader.client.post(`/api/workspaces/${setup.workspaceId}/stakeholders`, {
        name,
        relationshipGroup: 'peer',
      });
      const { stakeholder } = (await added.json()) as Json;
      const invited = await setup.leader.client.post(`/api/rounds/${setup.roundId}/invitations`, {
        stakeholderId: stakeholder.id,
      });
      const { link } = (await invited.json()) as Json;
      await answerThrough(testApp, link.url, signedAnswers(3, name));
    }
    expect(before.results).toEqual({ released: false, reason: 'open', responseCount: 4, k: 3 });
    await closeRound(setup);
    const after = await leaderView(setup);
    // Three peers were invited, so "Peer" may be shown alone: it then rests on all three peers'
    // ratings, never on the first peer's alone, and carries no count that would date an answer.
    for (const rating of after.results.ratings) {
      const peers = rating.byGroup.find((group: Json) => group.groups.includes('peer'));
      if (peers) expect(Object.keys(peers.figure).sort()).toEqual(['mean', 'shareImproved']);
    }
  });
});
