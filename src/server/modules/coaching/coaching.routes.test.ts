import { afterEach, beforeEach, expect, test } from 'vitest';
import {
  answerThrough,
  closeRound,
  commit,
  type Json,
  manualClock,
  openRoundOf,
  signedAnswers,
} from '../../../../tests/adversarial/adversary-kit';
import { acceptedCoach, coachingTokenOf } from '../../../../tests/support/coaching-fixture';
import { leaderWithCycle } from '../../../../tests/support/leader-fixture';
import { createTestApp, signedUpClient, type TestApp } from '../../../../tests/support/test-app';
import { describeEachEngine } from '../../../../tests/support/test-database';

describeEachEngine('coaching with consent', (engine) => {
  let testApp: TestApp;
  let clock: ReturnType<typeof manualClock>;
  beforeEach(async () => {
    clock = manualClock();
    testApp = await createTestApp(engine, { now: clock.now });
  });
  afterEach(async () => {
    await testApp.dispose();
  });

  const json = async (response: Response) => (await response.json()) as Json;
  const auditActions = async (workspaceId: string) =>
    (await testApp.deps.repos.audit.listForWorkspace(workspaceId, 50)).map((entry) => entry.action).sort();

  test('without SMTP the leader gets a link to pass on and nothing is mailed', async () => {
    const setup = await leaderWithCycle(testApp);
    const invited = await setup.leader.client.post(`/api/workspaces/${setup.workspaceId}/coaches`, {
      email: 'Cora@Example.com',
    });
    expect(invited.status).toBe(201);
    const body = await json(invited);
    expect(body).toMatchObject({
      delivery: 'link',
      coaching: { coachEmail: 'cora@example.com', status: 'invited' },
    });
    expect(body.link).toMatch(/^http:\/\/localhost:3000\/coaching\/accept#token=[\w-]{40,}$/);
    const mailed = await testApp.database.db
      .selectFrom('outbox')
      .select('id')
      .where('to_address', '=', 'cora@example.com')
      .execute();
    expect(mailed).toEqual([]);
  });

  test('with SMTP the invitation is mailed, kept out of every workspace outbox, and the answer holds no link', async () => {
    await testApp.dispose();
    testApp = await createTestApp(engine, { now: clock.now, env: { SMTP_URL: 'smtp://127.0.0.1:1' } });
    const setup = await leaderWithCycle(testApp);
    const invited = await json(
      await setup.leader.client.post(`/api/workspaces/${setup.workspaceId}/coaches`, {
        email: 'cora@example.com',
      }),
    );
    expect(invited.delivery).toBe('email');
    expect(invited.link).toBeUndefined();
    const mail = await testApp.database.db
      .selectFrom('outbox')
      .selectAll()
      .where('to_address', '=', 'cora@example.com')
      .executeTakeFirstOrThrow();
    expect(mail.workspace_id).toBeNull();
    expect(mail.text_body).toContain('/coaching/accept#token=');
  });

  test('only the invited address accepts, once, within 14 days; granting is audited', async () => {
    const setup = await leaderWithCycle(testApp);
    const coach = await signedUpClient(testApp, 'Cora Coach');
    const stranger = await signedUpClient(testApp, 'Sam Stranger');
    const { link, coaching } = await json(
      await setup.leader.client.post(`/api/workspaces/${setup.workspaceId}/coaches`, { email: coach.email }),
    );
    const token = coachingTokenOf(link);
    const wrong = await stranger.client.post('/api/coaching/accept', { token });
    expect(wrong.status).toBe(403);
    expect((await json(wrong)).error.code).toBe('coaching_other_email');
    expect((await coach.client.post('/api/coaching/accept', { token })).status).toBe(200);
    expect((await coach.client.post('/api/coaching/accept', { token })).status).toBe(410);
    const [listed] = (await json(await setup.leader.client.get('/api/coaching/coaches'))).coaches;
    expect(listed).toMatchObject({ id: coaching.id, status: 'active', coachName: 'Cora Coach' });
    expect(await auditActions(setup.workspaceId)).toEqual(['coach.access_granted', 'coach.invited']);
  });

  test('an invitation link expires after 14 days', async () => {
    const setup = await leaderWithCycle(testApp);
    const coach = await signedUpClient(testApp, 'Cora Coach');
    const { link } = await json(
      await setup.leader.client.post(`/api/workspaces/${setup.workspaceId}/coaches`, { email: coach.email }),
    );
    clock.at = new Date(clock.at.getTime() + 15 * 86_400_000);
    await coach.client.post('/api/auth/sign-in', { email: coach.email, password: coach.password });
    const late = await coach.client.post('/api/coaching/accept', { token: coachingTokenOf(link) });
    expect(late.status).toBe(410);
    expect((await json(late)).error.code).toBe('coaching_invitation_expired');
  });

  test('an invalid address is refused by field and nothing is stored', async () => {
    const setup = await leaderWithCycle(testApp);
    const refused = await setup.leader.client.post(`/api/workspaces/${setup.workspaceId}/coaches`, {
      email: 'not an address',
    });
    expect(refused.status).toBe(400);
    expect((await json(refused)).error.field).toBe('email');
    expect((await json(await setup.leader.client.get('/api/coaching/coaches'))).coaches).toEqual([]);
  });

  test('the coach sees goal, stage, commitments, released figures and streaks, never text or counts of an open round', async () => {
    const setup = await openRoundOf(await leaderWithCycle(testApp), 'listening');
    for (const name of ['Ada', 'Ben', 'Cy', 'Dee'])
      await answerThrough(testApp, setup.urlOf(name), signedAnswers(4, name));
    const { coach, coachingId } = await acceptedCoach(testApp, setup.leader.client, setup.workspaceId);
    const whileOpen = (await json(await coach.client.get(`/api/coaching/${coachingId}/coachee`))).coachee;
    expect(whileOpen.cycles[0].rounds[0].results).toEqual({ released: false, reason: 'open' });
    await closeRound(setup);
    await commit(setup);
    await setup.leader.client.put(
      `/api/commitments/${(await json(await setup.leader.client.get(`/api/cycles/${setup.cycle.id}/commitments`))).commitments[0].id}/checkins/2026-12-01`,
      { score: 8, note: 'Hard day, I interrupted twice.' },
    );
    const view = (await json(await coach.client.get(`/api/coaching/${coachingId}/coachee`))).coachee;
    const [cycle] = view.cycles;
    expect(cycle).toMatchObject({ goal: setup.cycle.goal, stage: 'practice' });
    expect(cycle.commitments).toHaveLength(2);
    expect(cycle.rounds[0].results.released).toBe(true);
    expect(cycle.rounds[0].results.ratings[0].overall.n).toBe(4);
    expect(cycle.practice).toMatchObject({ currentStreak: 1, longestStreak: 1, lastCheckinOn: '2026-12-01' });
    const text = JSON.stringify(view);
    expect(text).not.toContain('ask before deciding');
    expect(text).not.toContain('interrupted twice');
    expect(text).not.toContain(setup.cycle.problem);
  });

  test('comments go both ways, and revoking ends the coach’s access at once and is audited', async () => {
    const setup = await leaderWithCycle(testApp);
    const { coach, coachingId } = await acceptedCoach(testApp, setup.leader.client, setup.workspaceId);
    const path = `/api/coaching/${coachingId}/comments`;
    expect((await coach.client.post(path, { body: 'What did you try first?' })).status).toBe(201);
    clock.at = new Date(clock.at.getTime() + 60_000);
    expect((await setup.leader.client.post(path, { body: 'I asked before advising.' })).status).toBe(201);
    const thread = (await json(await setup.leader.client.get(path))).comments;
    expect(thread.map((comment: Json) => [comment.author, comment.body])).toEqual([
      ['coach', 'What did you try first?'],
      ['leader', 'I asked before advising.'],
    ]);
    expect((await setup.leader.client.delete(`/api/coaching/${coachingId}`)).status).toBe(204);
    expect((await coach.client.get(`/api/coaching/${coachingId}/coachee`)).status).toBe(404);
    expect((await coach.client.get(path)).status).toBe(404);
    expect((await coach.client.post(path, { body: 'Still here?' })).status).toBe(404);
    expect((await json(await coach.client.get('/api/coaching/coachees'))).coachees).toEqual([]);
    expect((await json(await setup.leader.client.get(path))).comments).toHaveLength(2);
    expect(await auditActions(setup.workspaceId)).toContain('coach.access_revoked');
  });

  test('a private note reaches the coach only while the leader shares that one note', async () => {
    const setup = await leaderWithCycle(testApp);
    const { coach, coachingId } = await acceptedCoach(testApp, setup.leader.client, setup.workspaceId);
    const [first, second] = setup.stakeholderIds as [string, string];
    await setup.leader.client.put(`/api/stakeholders/${first}/note`, {
      note: 'I talk over Ada in meetings.',
    });
    await setup.leader.client.put(`/api/stakeholders/${second}/note`, {
      note: 'Ben and I never disagree openly.',
    });
    const view = async () =>
      (await json(await coach.client.get(`/api/coaching/${coachingId}/coachee`))).coachee;
    expect((await view()).shared).toEqual([]);
    const shared = await json(
      await setup.leader.client.post(`/api/coaching/${coachingId}/shares`, {
        kind: 'relationship_note',
        ref: first,
      }),
    );
    const seen = await view();
    expect(seen.shared.map((item: Json) => item.text)).toEqual(['I talk over Ada in meetings.']);
    expect(JSON.stringify(seen)).not.toContain('Ben and I');
    expect(JSON.stringify(seen)).not.toContain('Ada Adams');
    const shareable = (await json(await setup.leader.client.get(`/api/coaching/${coachingId}/shareable`)))
      .items;
    expect(shareable.filter((item: Json) => item.shareId).map((item: Json) => item.ref)).toEqual([first]);
    await setup.leader.client.delete(`/api/coaching/${coachingId}/shares/${shared.shareId}`);
    expect((await view()).shared).toEqual([]);
  });

  test('the dashboard flags a round closing below k, two weeks without a check-in, and a mini-survey due', async () => {
    const setup = await openRoundOf(await leaderWithCycle(testApp), 'listening', '2026-12-02');
    const { coach } = await acceptedCoach(testApp, setup.leader.client, setup.workspaceId);
    const attention = async () =>
      (await json(await coach.client.get('/api/coaching/coachees'))).coachees[0].attention.map(
        (item: Json) => item.kind,
      );
    expect(await attention()).toEqual(['round_closing_below_k']);
    for (const name of ['Ada', 'Ben', 'Cy'])
      await answerThrough(testApp, setup.urlOf(name), signedAnswers(4, name));
    expect(await attention()).toEqual([]);
    await closeRound(setup);
    await commit(setup);
    await setup.leader.client.post(`/api/cycles/${setup.cycle.id}/announcement`, {
      subject: 'What I am working on',
      body: 'I am working on listening better, and I would like your help.',
      send: false,
    });
    clock.at = new Date('2026-12-20T09:00:00Z');
    await setup.leader.client.post('/api/auth/sign-in', {
      email: setup.leader.email,
      password: setup.leader.password,
    });
    await coach.client.post('/api/auth/sign-in', { email: coach.email, password: coach.password });
    expect(await attention()).toContain('no_checkin_two_weeks');
    clock.at = new Date('2027-03-05T09:00:00Z');
    await coach.client.post('/api/auth/sign-in', { email: coach.email, password: coach.password });
    expect(await attention()).toContain('mini_survey_due');
  });
});
