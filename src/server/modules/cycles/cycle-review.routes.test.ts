import { afterEach, beforeEach, expect, test } from 'vitest';
import { leaderWithCycle } from '../../../../tests/support/leader-fixture';
import { createTestApp, type TestApp } from '../../../../tests/support/test-app';
import { describeEachEngine } from '../../../../tests/support/test-database';

// biome-ignore lint/suspicious/noExplicitAny: response bodies are read loosely in these tests.
type Json = Record<string, any>;

const reflection = 'Asking before advising changed how often people bring me problems early.';
const commitmentInput = {
  situation: 'When someone brings me a problem',
  action: 'I will ask what they tried before I suggest anything',
  frequency: 'Every time',
  noticedBy: 'They will hear a question before any advice',
};

describeEachEngine('cycle review', (engine) => {
  let testApp: TestApp;
  let now: Date;
  beforeEach(async () => {
    now = new Date('2026-12-01T09:00:00Z');
    testApp = await createTestApp(engine, { now: () => now });
  });
  afterEach(async () => {
    await testApp.dispose();
  });

  async function openListeningRound(setup: Awaited<ReturnType<typeof leaderWithCycle>>) {
    const opened = await setup.leader.client.post(`/api/cycles/${setup.cycle.id}/rounds`, {
      kind: 'listening',
      intro: 'I am working on listening better and would value your ideas.',
      closesOn: '2026-12-10',
      stakeholderIds: setup.stakeholderIds,
    });
    expect(opened.status).toBe(201);
    return ((await opened.json()) as { roundId: string }).roundId;
  }

  test('a review saves the reflection and closes the cycle', async () => {
    const { leader, cycle } = await leaderWithCycle(testApp);
    const reviewed = await leader.client.post(`/api/cycles/${cycle.id}/review`, { reflection });
    expect(reviewed.status).toBe(200);
    const { cycle: closed } = (await reviewed.json()) as Json;
    expect(closed).toMatchObject({ stage: 'done', reflection, closedAt: now.toISOString() });
  });

  test('a review closes the cycle’s open round first', async () => {
    const setup = await leaderWithCycle(testApp);
    const roundId = await openListeningRound(setup);
    await setup.leader.client.post(`/api/cycles/${setup.cycle.id}/review`, { reflection });
    const round = (await (await setup.leader.client.get(`/api/rounds/${roundId}`)).json()) as Json;
    expect(round.round).toMatchObject({ status: 'closed', closedAt: now.toISOString() });
  });

  test('a reflection shorter than 10 characters is refused and the cycle stays open', async () => {
    const { leader, cycle } = await leaderWithCycle(testApp);
    const refused = await leader.client.post(`/api/cycles/${cycle.id}/review`, { reflection: 'Good.' });
    expect(refused.status).toBe(400);
    expect(((await refused.json()) as Json).error.field).toBe('reflection');
    const after = (await (await leader.client.get(`/api/cycles/${cycle.id}`)).json()) as Json;
    expect(after.cycle.stage).not.toBe('done');
  });

  test('a closed cycle cannot be reviewed again', async () => {
    const { leader, cycle } = await leaderWithCycle(testApp);
    await leader.client.post(`/api/cycles/${cycle.id}/review`, { reflection });
    const again = await leader.client.post(`/api/cycles/${cycle.id}/review`, { reflection });
    expect(again.status).toBe(409);
    expect(((await again.json()) as Json).error.code).toBe('cycle_closed');
  });

  test('a closed cycle refuses a new round with a clear 409', async () => {
    const setup = await leaderWithCycle(testApp);
    await setup.leader.client.post(`/api/cycles/${setup.cycle.id}/review`, { reflection });
    const refused = await setup.leader.client.post(`/api/cycles/${setup.cycle.id}/rounds`, {
      kind: 'listening',
      intro: 'I am working on listening better and would value your ideas.',
      closesOn: '2026-12-10',
      stakeholderIds: setup.stakeholderIds,
    });
    expect(refused.status).toBe(409);
    expect(((await refused.json()) as Json).error).toMatchObject({
      code: 'cycle_closed',
      message: expect.stringContaining('Start a new cycle'),
    });
  });

  test('a closed cycle refuses a new commitment with a clear 409', async () => {
    const { leader, cycle } = await leaderWithCycle(testApp);
    await leader.client.post(`/api/cycles/${cycle.id}/review`, { reflection });
    const refused = await leader.client.post(`/api/cycles/${cycle.id}/commitments`, commitmentInput);
    expect(refused.status).toBe(409);
    expect(((await refused.json()) as Json).error.code).toBe('cycle_closed');
  });

  test('a closed cycle keeps its plan as history: edits, check-ins, reminders and telling are refused', async () => {
    const { leader, cycle } = await leaderWithCycle(testApp);
    const created = await leader.client.post(`/api/cycles/${cycle.id}/commitments`, commitmentInput);
    const commitmentId = ((await created.json()) as Json).commitment.id;
    await leader.client.put(`/api/commitments/${commitmentId}/checkins/2026-12-01`, { score: 7, note: '' });
    await leader.client.post(`/api/cycles/${cycle.id}/review`, { reflection });
    const before = await testApp.deps.repos.plans.listCheckins(cycle.id, '2026-11-01', '2026-12-31');

    const attempts = [
      leader.client.put(`/api/commitments/${commitmentId}`, {
        ...commitmentInput,
        action: 'I will ask twice',
      }),
      leader.client.delete(`/api/commitments/${commitmentId}`),
      leader.client.put(`/api/commitments/${commitmentId}/checkins/2026-12-01`, { score: 2, note: '' }),
      leader.client.put(`/api/cycles/${cycle.id}/daily-reminder`, {
        enabled: true,
        time: '18:00',
        timeZone: 'Europe/Berlin',
      }),
      leader.client.put(`/api/cycles/${cycle.id}/follow-up`, { miniSurveyIntervalDays: 60 }),
      leader.client.post(`/api/cycles/${cycle.id}/announcement`, {
        subject: 'What I am working on',
        body: 'I am practicing asking before advising, and I would like you to notice it.',
        send: true,
      }),
    ];
    for (const refused of await Promise.all(attempts)) {
      expect(refused.status).toBe(409);
      expect(((await refused.json()) as Json).error.code).toBe('cycle_closed');
    }

    const { commitments } = (await (
      await leader.client.get(`/api/cycles/${cycle.id}/commitments`)
    ).json()) as Json;
    expect(commitments).toEqual([
      expect.objectContaining({ action: commitmentInput.action, status: 'active' }),
    ]);
    expect(await testApp.deps.repos.plans.listCheckins(cycle.id, '2026-11-01', '2026-12-31')).toEqual(before);
    expect(
      ((await (await leader.client.get(`/api/cycles/${cycle.id}/announcement`)).json()) as Json).announcement,
    ).toBeNull();
    const turnedOff = await leader.client.put(`/api/cycles/${cycle.id}/daily-reminder`, {
      enabled: false,
      time: '18:00',
      timeZone: 'UTC',
    });
    expect(turnedOff.status).toBe(200);
  });

  test('a reminder switched on before the review keeps its setting but schedules nothing after it', async () => {
    const { leader, cycle } = await leaderWithCycle(testApp);
    const reminder = { enabled: true, time: '18:00', timeZone: 'Europe/Berlin' };
    const saved = await leader.client.put(`/api/cycles/${cycle.id}/daily-reminder`, reminder);
    expect(((await saved.json()) as Json).dailyReminder.nextAt).not.toBeNull();
    await leader.client.post(`/api/cycles/${cycle.id}/review`, { reflection });
    const after = (await (await leader.client.get(`/api/cycles/${cycle.id}/daily-reminder`)).json()) as Json;
    expect(after.dailyReminder).toMatchObject({ ...reminder, nextAt: null });
  });

  test('the cycles history shows when a cycle closed and the start of its reflection', async () => {
    const { leader, cycle, workspaceId } = await leaderWithCycle(testApp);
    const long = `${'I learned to ask first. '.repeat(10)}The end.`;
    await leader.client.post(`/api/cycles/${cycle.id}/review`, { reflection: long });
    const { cycles } = (await (
      await leader.client.get(`/api/workspaces/${workspaceId}/cycles`)
    ).json()) as Json;
    expect(cycles[0].closedAt).toBe(now.toISOString());
    const excerpt: string = cycles[0].reflectionExcerpt;
    expect(excerpt.length).toBeLessThanOrEqual(161);
    expect(excerpt.endsWith('…')).toBe(true);
    // Cut between words: what precedes the ellipsis is the reflection's start, followed there by a space.
    expect(long.startsWith(excerpt.slice(0, -1))).toBe(true);
    expect(long[excerpt.length - 1]).toBe(' ');
  });

  test('the next cycle asks the same stakeholders without adding them again', async () => {
    const setup = await leaderWithCycle(testApp);
    await setup.leader.client.post(`/api/cycles/${setup.cycle.id}/review`, { reflection });
    const next = await setup.leader.client.post(`/api/workspaces/${setup.workspaceId}/cycles`, {
      problem: 'People wait for me to decide everything, even small things.',
      goal: 'I want to get better at delegating outcomes so that people decide more on their own.',
      competencyKey: 'listening-with-empathy',
      baseline: {},
    });
    const { cycle } = (await next.json()) as Json;
    const opened = await openListeningRound({ ...setup, cycle });
    expect(opened).toEqual(expect.any(String));
  });
});
