import { afterEach, beforeEach, expect, test } from 'vitest';
import { acceptedCoach } from '../support/coaching-fixture';
import { leaderWithCycle } from '../support/leader-fixture';
import { createClient, signedUpClient, type TestApp, type TestClient } from '../support/test-app';
import { describeEachEngine } from '../support/test-database';
import {
  answerThrough,
  appWithClock,
  closeRound,
  commit,
  type Json,
  openRoundOf,
  signedAnswers,
} from './adversary-kit';

/**
 * A coach goes after more than the leader chose to show: after being revoked, through ids that are
 * not theirs, through notes never shared, through a round below k, and as one of the people asked.
 */
describeEachEngine('a coach', (engine) => {
  let testApp: TestApp;
  beforeEach(async () => {
    ({ testApp } = await appWithClock(engine));
  });
  afterEach(async () => {
    await testApp.dispose();
  });

  /** Every coaching route the coach might try, with the answers' bodies joined for searching. */
  async function everythingTheCoachReads(coach: TestClient, coachingId: string, extra: string[] = []) {
    const paths = [
      '/api/coaching/coachees',
      `/api/coaching/${coachingId}/coachee`,
      `/api/coaching/${coachingId}/comments`,
      `/api/coaching/${coachingId}/shareable`,
      ...extra,
    ];
    const answers: Record<string, { status: number; body: string }> = {};
    for (const path of paths) {
      const response = await coach.get(path);
      answers[path] = { status: response.status, body: await response.text() };
    }
    return answers;
  }

  test('attack: keep reading after the leader revokes, in the session that was open', async () => {
    const setup = await leaderWithCycle(testApp);
    const { coach, coachingId } = await acceptedCoach(testApp, setup.leader.client, setup.workspaceId);
    expect((await coach.client.get(`/api/coaching/${coachingId}/coachee`)).status).toBe(200);
    await setup.leader.client.delete(`/api/coaching/${coachingId}`);
    const after = await everythingTheCoachReads(coach.client, coachingId);
    expect(JSON.parse(after['/api/coaching/coachees']?.body ?? '{}')).toEqual({ coachees: [] });
    for (const path of Object.keys(after).slice(1)) expect(after[path]?.status).toBe(404);
    expect((await coach.client.post(`/api/coaching/${coachingId}/comments`, { body: 'Hello?' })).status).toBe(
      404,
    );
    // The old link is spent: accepting again gives nothing back.
    const rows = await testApp.database.db.selectFrom('coachings').select('token_hash').execute();
    expect(rows.every((row) => row.token_hash === null)).toBe(true);
  });

  test('attack: read private, relationship and daily-question notes never shared, or share them oneself', async () => {
    const setup = await openRoundOf(await leaderWithCycle(testApp), 'listening');
    const [commitmentId] = await commit(setup);
    await setup.leader.client.put(`/api/commitments/${commitmentId}/checkins/2026-12-01`, {
      score: 6,
      note: 'SECRET-CHECKIN I lost my temper with Ben.',
    });
    await setup.leader.client.put(`/api/stakeholders/${setup.stakeholderIds[0]}/note`, {
      note: 'SECRET-RELATIONSHIP I avoid Ada.',
    });
    const { coach, coachingId } = await acceptedCoach(testApp, setup.leader.client, setup.workspaceId);
    const reads = await everythingTheCoachReads(coach.client, coachingId, [
      `/api/cycles/${setup.cycle.id}`,
      `/api/cycles/${setup.cycle.id}/checkins`,
      `/api/cycles/${setup.cycle.id}/progress`,
      `/api/workspaces/${setup.workspaceId}/relationships`,
    ]);
    expect(JSON.stringify(reads)).not.toContain('SECRET');
    expect(reads[`/api/coaching/${coachingId}/shareable`]?.status).toBe(404);
    for (const ref of [setup.stakeholderIds[0], `${commitmentId}:2026-12-01`, setup.cycle.id]) {
      for (const kind of ['relationship_note', 'checkin_note', 'reflection']) {
        const shared = await coach.client.post(`/api/coaching/${coachingId}/shares`, { kind, ref });
        expect(shared.status).toBe(404);
      }
    }
    expect(JSON.stringify(await everythingTheCoachReads(coach.client, coachingId))).not.toContain('SECRET');
  });

  test('attack: read individual answers, an open round, or a round closed below k', async () => {
    const setup = await openRoundOf(await leaderWithCycle(testApp), 'listening');
    for (const name of ['Ada', 'Ben'])
      await answerThrough(testApp, setup.urlOf(name), signedAnswers(5, name));
    const { coach, coachingId } = await acceptedCoach(testApp, setup.leader.client, setup.workspaceId);
    const openView = (await (await coach.client.get(`/api/coaching/${coachingId}/coachee`)).json()) as Json;
    expect(openView.coachee.cycles[0].rounds[0].results).toEqual({ released: false, reason: 'open' });
    await closeRound(setup);
    const reads = await everythingTheCoachReads(coach.client, coachingId, [`/api/rounds/${setup.roundId}`]);
    const view = JSON.parse(reads[`/api/coaching/${coachingId}/coachee`]?.body ?? '{}') as Json;
    expect(view.coachee.cycles[0].rounds[0].results).toEqual({ released: false, reason: 'too-few' });
    expect(reads[`/api/rounds/${setup.roundId}`]?.status).toBe(404);
    const text = JSON.stringify(reads);
    expect(text).not.toContain('Ada on');
    expect(text).not.toContain('responseCount');
  });

  test('attack: reach another leader’s coachee view, comments and shares by guessing ids', async () => {
    const first = await leaderWithCycle(testApp);
    const second = await leaderWithCycle(testApp);
    const { coach } = await acceptedCoach(testApp, first.leader.client, first.workspaceId);
    const other = await acceptedCoach(testApp, second.leader.client, second.workspaceId);
    const guessed = other.coachingId;
    const reads = await everythingTheCoachReads(coach.client, guessed, [`/api/cycles/${second.cycle.id}`]);
    for (const path of Object.keys(reads).slice(1)) expect(reads[path]?.status).toBe(404);
    expect(
      Object.values(reads)
        .map((read) => read.body)
        .join(),
    ).not.toContain(second.cycle.id);
    expect((await coach.client.post(`/api/coaching/${guessed}/comments`, { body: 'Hi' })).status).toBe(404);
    expect((await coach.client.delete(`/api/coaching/${guessed}`)).status).toBe(404);
    // The second leader cannot revoke or read the first leader's coaching either.
    const [firstCoaching] = ((await (await first.leader.client.get('/api/coaching/coaches')).json()) as Json)
      .coaches;
    expect((await second.leader.client.delete(`/api/coaching/${firstCoaching.id}`)).status).toBe(404);
    expect((await second.leader.client.get(`/api/coaching/${firstCoaching.id}/comments`)).status).toBe(404);
    expect((await createClient(testApp.app).get(`/api/coaching/${firstCoaching.id}/coachee`)).status).toBe(
      401,
    );
  });

  test('attack: a coach who is also one of the people asked learns nothing more of that round', async () => {
    const setup = await openRoundOf(await leaderWithCycle(testApp), 'listening', '2026-12-02');
    // Ada is asked in the round and is also the leader's coach, with an account at her address.
    const ada = await signedUpClient(testApp, 'Ada Report');
    await testApp.database.db
      .updateTable('users')
      .set({ email: 'ada@example.com' })
      .where('id', '=', ada.user.id)
      .execute();
    const { coachingId } = await acceptedCoach(testApp, setup.leader.client, setup.workspaceId, {
      ...ada,
      email: 'ada@example.com',
    });
    const dashboard = async () =>
      ((await (await ada.client.get('/api/coaching/coachees')).json()) as Json).coachees[0];
    // Below k and closing within two days: the leader is told, the coach who was asked is not.
    expect((await dashboard()).attention).toEqual([]);
    for (const name of ['Ada', 'Ben', 'Cy', 'Dee'])
      await answerThrough(testApp, setup.urlOf(name), signedAnswers(name === 'Ada' ? 1 : 5, name));
    await closeRound(setup);
    const view = (await (await ada.client.get(`/api/coaching/${coachingId}/coachee`)).json()) as Json;
    expect(view.coachee.cycles[0].rounds[0].results).toEqual({ released: false, reason: 'asked-you' });
    expect(JSON.stringify(view)).not.toContain('"mean"');
  });
});
