import { afterEach, beforeEach, expect, test } from 'vitest';
import type { TestApp, TestClient } from '../support/test-app';
import { describeEachEngine } from '../support/test-database';
import {
  answersOf,
  answerThrough,
  appWithClock,
  closeRound,
  commit,
  type Json,
  openRound,
  openRoundOf,
  organization,
  practiced,
  signedAnswers,
} from './adversary-kit';
import { exportOf } from './export-kit';

/**
 * The relationships map colors each group by how it sees the leader; the leader hopes it colors
 * one person. The organization's admin, a coach and another leader go after what is the leader's
 * alone: the private notes, the progress and report, the practice and the export.
 */

describeEachEngine('the relationships map and insiders', (engine) => {
  let testApp: TestApp;
  beforeEach(async () => {
    ({ testApp } = await appWithClock(engine));
  });
  afterEach(async () => {
    await testApp.dispose();
  });

  const mapOf = async (client: TestClient, workspaceId: string) =>
    (await (await client.get(`/api/workspaces/${workspaceId}/relationships`)).json()) as Json;

  test('attack: color the map from a round still open, or closed below k', async () => {
    const setup = await openRound(testApp);
    for (const name of ['Ada', 'Ben'])
      await answerThrough(testApp, setup.urlOf(name), signedAnswers(5, name));
    await closeRound(setup);
    await commit(setup);
    const survey = await openRoundOf(setup, 'mini_survey');
    for (const name of ['Ada', 'Ben', 'Cy', 'Dee', 'Max'])
      await answerThrough(
        testApp,
        survey.urlOf(name),
        answersOf(name, () => 3),
      );
    const map = await mapOf(setup.leader.client, setup.workspaceId);
    expect(map.source).toBeNull();
    expect(map.groups.map((group: Json) => group.perceivedChange)).toEqual([null, null, null]);
  });

  test('attack: find a group colored on fewer than k raters, or by a figure no released breakdown shows', async () => {
    const setup = await openRound(testApp);
    for (const name of ['Ada', 'Ben', 'Cy'])
      await answerThrough(testApp, setup.urlOf(name), signedAnswers(4, name));
    await closeRound(setup);
    // Two more peers, so peers can be shown alone; the lone manager must never be.
    const peers: string[] = [];
    for (const name of ['Pia Peer', 'Pat Peer']) {
      const added = await setup.leader.client.post(`/api/workspaces/${setup.workspaceId}/stakeholders`, {
        name,
        relationshipGroup: 'peer',
      });
      peers.push(((await added.json()) as Json).stakeholder.id);
    }
    await commit(setup, [practiced[0] as string]);
    const survey = await openRoundOf(
      { ...setup, stakeholderIds: [...setup.stakeholderIds, ...peers] },
      'mini_survey',
    );
    const change: Record<string, number> = { Ada: 2, Ben: 2, Cy: 1, Dee: -1, Pia: -1, Pat: 0, Max: 3 };
    for (const [name, value] of Object.entries(change))
      await answerThrough(
        testApp,
        survey.urlOf(name),
        answersOf(name, () => value),
      );
    await closeRound(survey);
    const view = (await (await setup.leader.client.get(`/api/rounds/${survey.roundId}`)).json()) as Json;
    const [rating] = view.results.ratings;
    const map = await mapOf(setup.leader.client, setup.workspaceId);
    expect(map.source).toMatchObject({ roundId: survey.roundId, kind: 'mini_survey' });
    const colored = map.groups.filter((group: Json) => group.perceivedChange);
    expect(colored.map((group: Json) => group.group).sort()).toEqual(['direct_report', 'manager', 'peer']);
    for (const { group, perceivedChange } of colored) {
      const shown = rating.byGroup.find((set: Json) => set.groups.includes(group));
      expect(perceivedChange, group).toEqual({
        mean: shown.figure.mean,
        shareImproved: shown.figure.shareImproved,
        label: shown.label,
        groups: shown.groups,
      });
    }
    const manager = colored.find((group: Json) => group.group === 'manager');
    expect(manager.perceivedChange.groups.length).toBeGreaterThan(1);
    expect(manager.perceivedChange.mean).not.toBe(3);
  });

  /** A leader in an organization with a released listening round, a commitment, a check-in and a note. */
  async function leaderAtWork() {
    const org = await organization(testApp);
    const round = await openRoundOf(org, 'listening');
    for (const name of ['Ada', 'Ben', 'Cy'])
      await answerThrough(testApp, round.urlOf(name), signedAnswers(4, name));
    await closeRound(round);
    const [commitmentId] = await commit(org);
    const checkin = await org.leader.client.put(`/api/commitments/${commitmentId}/checkins/2026-12-01`, {
      score: 6,
      note: 'Asked Ben first today, for once.',
    });
    expect(checkin.status).toBe(200);
    const note = 'I talk over Ada in planning; she stopped bringing me problems.';
    const saved = await org.leader.client.put(`/api/stakeholders/${org.stakeholderIds[0]}/note`, { note });
    expect(saved.status).toBe(200);
    return { ...org, roundId: round.roundId, commitmentId: commitmentId as string, note };
  }

  test("attack: the admin, a coach and another leader read a leader's private notes", async () => {
    const { admin, coach, otherLeader, leader, workspaceId, stakeholderIds, note } = await leaderAtWork();
    expect((await admin.client.get(`/api/workspaces/${workspaceId}/relationships`)).status).toBe(403);
    expect((await coach.client.get(`/api/workspaces/${workspaceId}/relationships`)).status).toBe(403);
    const othersMap = await mapOf(otherLeader.client, workspaceId);
    expect(othersMap.groups).toEqual([]);
    for (const insider of [admin, coach, otherLeader]) {
      const overwrite = await insider.client.put(`/api/stakeholders/${stakeholderIds[0]}/note`, { note: '' });
      expect(overwrite.status).toBe(404);
      for (const path of [
        `/api/workspaces/${workspaceId}`,
        `/api/workspaces/${workspaceId}/members`,
        `/api/workspaces/${workspaceId}/outbox`,
        `/api/workspaces/${workspaceId}/stakeholders`,
        `/api/workspaces/${workspaceId}/relationships`,
      ]) {
        expect(await (await insider.client.get(path)).text(), path).not.toContain('talk over Ada');
      }
    }
    const own = await mapOf(leader.client, workspaceId);
    const ada = own.groups
      .flatMap((group: Json) => group.stakeholders)
      .find((s: Json) => s.name === 'Ada Report');
    expect(ada.note).toBe(note);
  });

  test("attack: the admin and a coach read a leader's progress, CSV, report, commitments, check-ins and follow-up", async () => {
    const { admin, coach, otherLeader, cycle, roundId, commitmentId } = await leaderAtWork();
    const paths = [
      `/api/cycles/${cycle.id}/progress`,
      `/api/cycles/${cycle.id}/progress.csv`,
      `/api/cycles/${cycle.id}/commitments`,
      `/api/cycles/${cycle.id}/checkins`,
      `/api/cycles/${cycle.id}/follow-up`,
      `/api/cycles/${cycle.id}/daily-reminder`,
      `/api/cycles/${cycle.id}/announcement`,
      `/api/cycles/${cycle.id}`,
      `/api/rounds/${roundId}`,
    ];
    for (const insider of [admin, coach, otherLeader]) {
      for (const path of paths) expect((await insider.client.get(path)).status, path).toBe(404);
      const checkin = await insider.client.put(`/api/commitments/${commitmentId}/checkins/2026-12-01`, {
        score: 1,
      });
      expect(checkin.status).toBe(404);
      const review = await insider.client.post(`/api/cycles/${cycle.id}/review`, {
        reflection: 'Closing this cycle for the leader, without asking.',
      });
      expect(review.status).toBe(404);
    }
  });

  test("attack: the admin and a coach export their own data hoping to find the leader's", async () => {
    const { admin, coach, otherLeader, cycle } = await leaderAtWork();
    for (const insider of [admin, coach, otherLeader]) {
      const everything = [...(await exportOf(insider.client)).values()].join('\n');
      for (const secret of [
        cycle.goal,
        'talk over Ada',
        'Asked Ben first today',
        practiced[0] as string,
        'Ada Report',
        'ask before deciding',
      ])
        expect(everything).not.toContain(secret);
    }
  });
});
