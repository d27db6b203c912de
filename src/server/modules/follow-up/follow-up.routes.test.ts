import { afterEach, beforeEach, expect, test } from 'vitest';
import { leaderWithCycle } from '../../../../tests/support/leader-fixture';
import { createTestApp, type TestApp } from '../../../../tests/support/test-app';
import { describeEachEngine } from '../../../../tests/support/test-database';
import { leaderInFollowUp } from './follow-up.fixtures';

// biome-ignore lint/suspicious/noExplicitAny: response bodies are read loosely in these tests.
type Json = Record<string, any>;
const day = 86_400_000;

describeEachEngine('follow-up schedule', (engine) => {
  let testApp: TestApp;
  let now: Date;
  const moveTo = (iso: string) => {
    now = new Date(iso);
  };
  beforeEach(async () => {
    now = new Date('2026-12-01T09:00:00Z');
    testApp = await createTestApp(engine, { now: () => now });
  });
  afterEach(async () => {
    await testApp.dispose();
  });

  /** Sessions expire as the clock moves on by months, so the leader signs in again each time. */
  async function signedIn(leader: { email: string; password: string }) {
    const client = testApp.client();
    const response = await client.post('/api/auth/sign-in', {
      email: leader.email,
      password: leader.password,
    });
    expect(response.status).toBe(200);
    return client;
  }
  const followUpOf = async (leader: { email: string; password: string }, cycleId: string) => {
    const client = await signedIn(leader);
    return ((await (await client.get(`/api/cycles/${cycleId}/follow-up`)).json()) as Json).followUp;
  };

  test('before the listening round closes nothing is due', async () => {
    const { leader, cycle } = await leaderWithCycle(testApp);
    expect(await followUpOf(leader, cycle.id)).toEqual({
      checkInDue: false,
      nextCheckInOn: null,
      miniSurveyDue: false,
      nextMiniSurveyOn: null,
      miniSurveyIntervalDays: 90,
      roundOpen: false,
      activeCommitments: 0,
      suggestedStakeholderIds: [],
    });
  });

  test('a month after the listening round the check-in is due; a pulse round to the same people resets it', async () => {
    const { leader, cycle, stakeholderIds } = await leaderInFollowUp(testApp, moveTo);
    expect(await followUpOf(leader, cycle.id)).toMatchObject({
      checkInDue: false,
      nextCheckInOn: '2027-01-10',
      nextMiniSurveyOn: '2027-03-11',
    });
    moveTo('2027-01-10T09:00:00Z');
    const due = await followUpOf(leader, cycle.id);
    expect(due).toMatchObject({ checkInDue: true, miniSurveyDue: false, activeCommitments: 1 });
    expect([...due.suggestedStakeholderIds].sort()).toEqual([...stakeholderIds].sort());
    const pulse = await (await signedIn(leader)).post(`/api/cycles/${cycle.id}/rounds`, {
      kind: 'pulse',
      intro: 'A month on: what have you seen, and what next?',
      closesOn: '2027-01-17',
      stakeholderIds: due.suggestedStakeholderIds,
    });
    expect(pulse.status).toBe(201);
    expect(await followUpOf(leader, cycle.id)).toMatchObject({
      checkInDue: false,
      roundOpen: true,
      nextCheckInOn: '2027-02-09',
    });
  });

  test('90 days after the listening round the mini-survey is due; the interval is the leader’s to change', async () => {
    const { leader, cycle } = await leaderInFollowUp(testApp, moveTo);
    moveTo(new Date(Date.parse('2026-12-11T09:00:00Z') + 90 * day).toISOString());
    expect(await followUpOf(leader, cycle.id)).toMatchObject({
      miniSurveyDue: true,
      nextMiniSurveyOn: '2027-03-11',
    });
    const changed = await (await signedIn(leader)).put(`/api/cycles/${cycle.id}/follow-up`, {
      miniSurveyIntervalDays: 120,
    });
    expect(changed.status).toBe(200);
    expect(((await changed.json()) as Json).followUp).toMatchObject({
      miniSurveyDue: false,
      miniSurveyIntervalDays: 120,
      nextMiniSurveyOn: '2027-04-10',
    });
  });

  test('an interval outside 30..180 days is refused, naming the field', async () => {
    const { leader, cycle } = await leaderWithCycle(testApp);
    for (const miniSurveyIntervalDays of [29, 181, 45.5, '90']) {
      const response = await leader.client.put(`/api/cycles/${cycle.id}/follow-up`, {
        miniSurveyIntervalDays,
      });
      expect(response.status).toBe(400);
      expect(((await response.json()) as Json).error).toMatchObject({
        code: 'invalid_input',
        field: 'miniSurveyIntervalDays',
      });
    }
  });

  test('another leader cannot read or change the schedule', async () => {
    const { cycle } = await leaderWithCycle(testApp);
    const other = await leaderWithCycle(testApp);
    expect((await other.leader.client.get(`/api/cycles/${cycle.id}/follow-up`)).status).toBe(404);
    const put = await other.leader.client.put(`/api/cycles/${cycle.id}/follow-up`, {
      miniSurveyIntervalDays: 60,
    });
    expect(put.status).toBe(404);
  });
});
