import { afterEach, beforeEach, expect, test } from 'vitest';
import { leaderWithCycle } from '../../../../tests/support/leader-fixture';
import { createTestApp, type TestApp } from '../../../../tests/support/test-app';
import { describeEachEngine } from '../../../../tests/support/test-database';

// biome-ignore lint/suspicious/noExplicitAny: response bodies are read loosely in these tests.
type Json = Record<string, any>;

describeEachEngine('the starting point of a cycle', (engine) => {
  let testApp: TestApp;
  beforeEach(async () => {
    testApp = await createTestApp(engine, { now: () => new Date('2026-12-01T09:00:00Z') });
  });
  afterEach(async () => {
    await testApp.dispose();
  });

  async function askedForInput() {
    const setup = await leaderWithCycle(testApp);
    const { leader, cycle } = setup;
    const baseline = { 'let-people-finish': 2, 'full-attention': 4 };
    const before = await leader.client.put(`/api/cycles/${cycle.id}`, { ...cycle, baseline });
    expect(before.status).toBe(200);
    const opened = await leader.client.post(`/api/cycles/${cycle.id}/rounds`, {
      kind: 'listening',
      intro: 'I am working on listening better and would value your ideas.',
      closesOn: '2026-12-10',
      stakeholderIds: setup.stakeholderIds,
    });
    expect(opened.status).toBe(201);
    return { ...setup, baseline };
  }

  test('once input is asked for, the problem and goal stay editable but the self-ratings do not', async () => {
    const { leader, cycle, baseline } = await askedForInput();
    const goal = 'I want to get better at listening so that people raise problems while they are small.';
    const reordered = { 'full-attention': 4, 'let-people-finish': 2 };
    const edited = await leader.client.put(`/api/cycles/${cycle.id}`, {
      ...cycle,
      goal,
      baseline: reordered,
    });
    expect(edited.status).toBe(200);
    expect(((await edited.json()) as Json).cycle).toMatchObject({ goal, baseline });

    const rerated = await leader.client.put(`/api/cycles/${cycle.id}`, {
      ...cycle,
      goal,
      baseline: { ...baseline, 'full-attention': 2 },
    });
    expect(rerated.status).toBe(409);
    expect(((await rerated.json()) as Json).error).toMatchObject({
      code: 'baseline_locked',
      field: 'baseline',
    });
    const after = (await (await leader.client.get(`/api/cycles/${cycle.id}`)).json()) as Json;
    expect(after.cycle.baseline).toEqual(baseline);
  });

  test('a closed cycle’s starting point cannot be edited at all', async () => {
    const { leader, cycle } = await leaderWithCycle(testApp);
    await leader.client.post(`/api/cycles/${cycle.id}/review`, {
      reflection: 'Asking before advising changed how often people bring me problems early.',
    });
    const refused = await leader.client.put(`/api/cycles/${cycle.id}`, {
      ...cycle,
      goal: `${cycle.goal} Again.`,
    });
    expect(refused.status).toBe(409);
    expect(((await refused.json()) as Json).error.code).toBe('cycle_closed');
  });
});
