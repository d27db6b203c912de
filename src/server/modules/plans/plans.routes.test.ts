import { afterEach, beforeEach, expect, test } from 'vitest';
import { leaderWithCycle } from '../../../../tests/support/leader-fixture';
import { createTestApp, type TestApp } from '../../../../tests/support/test-app';
import { describeEachEngine } from '../../../../tests/support/test-database';

// biome-ignore lint/suspicious/noExplicitAny: response bodies are read loosely in these tests.
type Json = Record<string, any>;

const goodCommitment = {
  situation: 'When someone brings me a problem in our one-to-one',
  action: 'I will ask what they have tried before I suggest anything',
  frequency: 'In every one-to-one',
  noticedBy: 'They will hear a question from me before any advice',
};
const micromanaging = {
  situation: 'Every morning',
  action: 'I will check on every person to get a status report',
  frequency: 'Daily',
  noticedBy: 'They will send me their status',
};

describeEachEngine('commitments', (engine) => {
  let testApp: TestApp;
  beforeEach(async () => {
    testApp = await createTestApp(engine, { now: () => new Date('2026-12-01T09:00:00Z') });
  });
  afterEach(async () => {
    await testApp.dispose();
  });

  test('the live check flags micromanagement in disguise and saves nothing', async () => {
    const { leader, cycle } = await leaderWithCycle(testApp);
    const checked = await leader.client.post(`/api/cycles/${cycle.id}/commitments/check`, micromanaging);
    expect(checked.status).toBe(200);
    const { flags } = (await checked.json()) as Json;
    expect(flags.map((flag: Json) => flag.kind)).toContain('micromanagement');
    const list = (await (await leader.client.get(`/api/cycles/${cycle.id}/commitments`)).json()) as Json;
    expect(list.commitments).toEqual([]);
  });

  test('the live check accepts a half-typed draft', async () => {
    const { leader, cycle } = await leaderWithCycle(testApp);
    const checked = await leader.client.post(`/api/cycles/${cycle.id}/commitments/check`, {
      action: 'I will',
    });
    expect(checked.status).toBe(200);
  });

  test('a flagged commitment is still saved, with its flags in the answer', async () => {
    const { leader, cycle } = await leaderWithCycle(testApp);
    const saved = await leader.client.post(`/api/cycles/${cycle.id}/commitments`, micromanaging);
    expect(saved.status).toBe(201);
    const body = (await saved.json()) as Json;
    expect(body.flags.map((flag: Json) => flag.kind)).toContain('micromanagement');
    expect(body.commitment).toMatchObject({
      status: 'active',
      action: micromanaging.action,
      sourceSuggestion: null,
    });
  });

  test('the first commitment moves the cycle to the commit stage', async () => {
    const { leader, cycle } = await leaderWithCycle(testApp);
    await leader.client.post(`/api/cycles/${cycle.id}/commitments`, {
      ...goodCommitment,
      sourceSuggestion: 'Ask what we tried first.',
    });
    const view = (await (await leader.client.get(`/api/cycles/${cycle.id}`)).json()) as Json;
    expect(view.cycle.stage).toBe('commit');
    const list = (await (await leader.client.get(`/api/cycles/${cycle.id}/commitments`)).json()) as Json;
    expect(list.commitments[0].sourceSuggestion).toBe('Ask what we tried first.');
  });

  test('at most three behaviors are practiced at once; retiring one frees a place', async () => {
    const { leader, cycle } = await leaderWithCycle(testApp);
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) {
      const saved = await leader.client.post(`/api/cycles/${cycle.id}/commitments`, goodCommitment);
      ids.push(((await saved.json()) as Json).commitment.id);
    }
    const fourth = await leader.client.post(`/api/cycles/${cycle.id}/commitments`, goodCommitment);
    expect(fourth.status).toBe(409);
    expect(((await fourth.json()) as Json).error.code).toBe('too_many_commitments');
    expect((await leader.client.delete(`/api/commitments/${ids[0]}`)).status).toBe(204);
    expect((await leader.client.post(`/api/cycles/${cycle.id}/commitments`, goodCommitment)).status).toBe(
      201,
    );
    const list = (await (await leader.client.get(`/api/cycles/${cycle.id}/commitments`)).json()) as Json;
    expect(list.commitments.map((c: Json) => c.status).sort()).toEqual([
      'active',
      'active',
      'active',
      'retired',
    ]);
  });

  test('two saves at once cannot make a fourth active behavior', async () => {
    const { leader, cycle } = await leaderWithCycle(testApp);
    for (let i = 0; i < 2; i++)
      await leader.client.post(`/api/cycles/${cycle.id}/commitments`, goodCommitment);
    const both = await Promise.all([
      leader.client.post(`/api/cycles/${cycle.id}/commitments`, goodCommitment),
      leader.client.post(`/api/cycles/${cycle.id}/commitments`, goodCommitment),
    ]);
    expect(both.map((response) => response.status).sort()).toEqual([201, 409]);
  });

  test('an edit is checked again and a retired behavior cannot be edited', async () => {
    const { leader, cycle } = await leaderWithCycle(testApp);
    const saved = await leader.client.post(`/api/cycles/${cycle.id}/commitments`, goodCommitment);
    const id = ((await saved.json()) as Json).commitment.id;
    const edited = await leader.client.put(`/api/commitments/${id}`, micromanaging);
    expect(edited.status).toBe(200);
    expect(((await edited.json()) as Json).flags.length).toBeGreaterThan(0);
    await leader.client.delete(`/api/commitments/${id}`);
    const again = await leader.client.put(`/api/commitments/${id}`, goodCommitment);
    expect(again.status).toBe(409);
    expect(((await again.json()) as Json).error.code).toBe('commitment_retired');
  });

  test('a missing part gets a message for people, naming the field', async () => {
    const { leader, cycle } = await leaderWithCycle(testApp);
    const response = await leader.client.post(`/api/cycles/${cycle.id}/commitments`, {
      ...goodCommitment,
      noticedBy: '',
    });
    expect(response.status).toBe(400);
    const { error } = (await response.json()) as Json;
    expect(error).toMatchObject({ field: 'noticedBy', message: 'Say how others would notice' });
  });

  test("another leader's cycle and commitments are not found", async () => {
    const { leader, cycle } = await leaderWithCycle(testApp);
    const saved = await leader.client.post(`/api/cycles/${cycle.id}/commitments`, goodCommitment);
    const id = ((await saved.json()) as Json).commitment.id;
    const other = (await leaderWithCycle(testApp)).leader.client;
    expect((await other.get(`/api/cycles/${cycle.id}/commitments`)).status).toBe(404);
    expect((await other.post(`/api/cycles/${cycle.id}/commitments`, goodCommitment)).status).toBe(404);
    const edit = await other.put(`/api/commitments/${id}`, goodCommitment);
    expect(edit.status).toBe(404);
    expect(((await edit.json()) as Json).error.code).toBe('commitment_not_found');
    expect((await other.delete(`/api/commitments/${id}`)).status).toBe(404);
    expect((await other.put(`/api/commitments/${id}/checkins/2026-12-01`, { score: 5 })).status).toBe(404);
    const list = (await (await leader.client.get(`/api/cycles/${cycle.id}/commitments`)).json()) as Json;
    expect(list.commitments[0].status).toBe('active');
  });
});
