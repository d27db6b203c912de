import { afterEach, beforeEach, expect, test } from 'vitest';
import { leaderWithCycle } from '../support/leader-fixture';
import { signedUpClient, type TestApp, type TestClient } from '../support/test-app';
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

/** People other than the leader try to read a round; the leader answers their own round. */

describeEachEngine('insiders and outsiders', (engine) => {
  let testApp: TestApp;
  beforeEach(async () => {
    ({ testApp } = await appWithClock(engine));
  });
  afterEach(async () => {
    await testApp.dispose();
  });

  /** A round in an organization, with its admin and a coach beside the leader. */
  async function organizationRound() {
    const admin = await signedUpClient(testApp, 'Ann Admin');
    const org = await admin.client.post('/api/workspaces', { name: 'Acme' });
    const workspaceId = ((await org.json()) as Json).id as string;
    const leader = await signedUpClient(testApp, 'Lee Leader');
    const coach = await signedUpClient(testApp, 'Cora Coach');
    await testApp.deps.repos.workspaces.addMembership(workspaceId, leader.user.id, 'leader', new Date());
    await testApp.deps.repos.workspaces.addMembership(workspaceId, coach.user.id, 'coach', new Date());
    const cycle = await leader.client.post(`/api/workspaces/${workspaceId}/cycles`, {
      problem: 'My team never tells me about problems until it is too late.',
      goal: 'I want to get better at listening so that people bring me problems early.',
      competencyKey: 'listening-with-empathy',
      baseline: {},
    });
    const cycleId = ((await cycle.json()) as Json).cycle.id as string;
    const bulk = await leader.client.post(`/api/workspaces/${workspaceId}/stakeholders/bulk`, {
      text: 'Ann Peer, peer\nBen Peer, peer\nCy Peer, peer',
    });
    const stakeholderIds = ((await bulk.json()) as Json).added.map((added: Json) => added.id);
    const round = await leader.client.post(`/api/cycles/${cycleId}/rounds`, {
      kind: 'listening',
      intro: 'I would value your ideas on my listening.',
      closesOn: '2026-12-10',
      stakeholderIds,
    });
    const { roundId, links } = (await round.json()) as Json;
    for (const link of links) await answerThrough(testApp, link.url, signedAnswers(4, 'Peer'));
    await leader.client.post(`/api/rounds/${roundId}/close`);
    return { admin, coach, leader, workspaceId, cycleId, roundId: roundId as string };
  }

  async function expectLockedOut(client: TestClient, roundId: string, cycleId: string, status: number) {
    expect((await client.get(`/api/rounds/${roundId}`)).status).toBe(status);
    expect((await client.get(`/api/cycles/${cycleId}`)).status).toBe(status);
    expect((await client.post(`/api/rounds/${roundId}/invitations`, { stakeholderId: 'x' })).status).toBe(
      status,
    );
    const thanks = { message: 'Thank you all for your honest ideas, truly.' };
    expect((await client.post(`/api/rounds/${roundId}/thank-you`, thanks)).status).toBe(status);
  }

  test('attack: another leader reads the round by its id', async () => {
    const setup = await openRound(testApp);
    const other = await leaderWithCycle(testApp);
    await expectLockedOut(other.leader.client, setup.roundId, setup.cycle.id, 404);
    expect((await other.leader.client.post(`/api/rounds/${setup.roundId}/close`)).status).toBe(404);
  });

  test("attack: the workspace's coach reads a leader's released round", async () => {
    const { coach, roundId, cycleId } = await organizationRound();
    await expectLockedOut(coach.client, roundId, cycleId, 404);
  });

  test("attack: the workspace's admin reads a leader's released round", async () => {
    const { admin, roundId, cycleId, leader } = await organizationRound();
    await expectLockedOut(admin.client, roundId, cycleId, 404);
    // The round was really released: it is only the admin who cannot see it.
    expect(
      ((await (await leader.client.get(`/api/rounds/${roundId}`)).json()) as Json).results.released,
    ).toBe(true);
  });

  test('attack: an outsider, signed in or not, reads the round', async () => {
    const { roundId, cycleId } = await organizationRound();
    const outsider = await signedUpClient(testApp, 'Otto Outsider');
    await expectLockedOut(outsider.client, roundId, cycleId, 404);
    await expectLockedOut(testApp.client(), roundId, cycleId, 401);
  });

  test('attack: the leader answers their own round through a link they hold, twice', async () => {
    const setup = await openRound(testApp);
    const own = setup.urlOf('Ada');
    const { stakeholder } = await answerThrough(testApp, own, signedAnswers(1, 'Leader'));
    expect((await stakeholder.post('/api/answer', { answers: {} })).status).toBe(410);
    // Opening the group's link again in the browser that answered through it is refused. Another
    // browser could answer, as any holder of a link passed by hand can, until the round has as many
    // answers as people asked (docs/security.md, known limit 1).
    await stakeholder.get(new URL(own).pathname);
    expect((await stakeholder.post('/api/answer', { answers: {} })).status).toBe(409);
    expect((await leaderView(setup)).results.responseCount).toBe(1);
  });

  test("attack: the leader answers through a held link, then tries to read the others' answers by group", async () => {
    const setup = await openRound(testApp);
    await answerThrough(testApp, setup.urlOf('Max'), signedAnswers(1, 'Leader'));
    for (const name of ['Ada', 'Ben', 'Cy'])
      await answerThrough(testApp, setup.urlOf(name), signedAnswers(5, name));
    const open = await leaderView(setup);
    expect(open.results).toEqual({ released: false, reason: 'open', responseCount: 4, k: 3 });
    await closeRound(setup);
    const { results } = await leaderView(setup);
    // Ratings come only as totals over at least k raters; with the leader's own answer in the
    // manager slot, no group figure is printed that would leave one other person exposed.
    for (const rating of results.ratings) {
      expect(rating.overall.n).toBe(4);
      for (const group of rating.byGroup) expect(group.figure.n).toBeGreaterThanOrEqual(3);
      expect(rating.byGroup).toEqual([]);
    }
  });
});
