import { afterEach, beforeEach, expect, test } from 'vitest';
import { leaderWithCycle, twoCommitments } from '../../../../tests/support/leader-fixture';
import { createClient, createTestApp, type TestApp } from '../../../../tests/support/test-app';
import { describeEachEngine } from '../../../../tests/support/test-database';
import type { CycleProgress } from '../../../shared/progress';
import type { RelationshipsMap } from '../../../shared/relationships';

// biome-ignore lint/suspicious/noExplicitAny: response bodies are read loosely in these tests.
type Json = Record<string, any>;

describeEachEngine('progress of a mini-survey answered through its links', (engine) => {
  let testApp: TestApp;
  beforeEach(async () => {
    testApp = await createTestApp(engine, { now: () => new Date('2026-12-01T09:00:00Z') });
  });
  afterEach(async () => {
    await testApp.dispose();
  });

  /** Four of five answer: everyone rates the first behavior, only two the second. */
  async function answeredMiniSurvey() {
    const setup = await leaderWithCycle(testApp);
    const ids: string[] = [];
    for (const commitment of twoCommitments) {
      const saved = await setup.leader.client.post(`/api/cycles/${setup.cycle.id}/commitments`, commitment);
      ids.push(((await saved.json()) as Json).commitment.id);
    }
    const opened = await setup.leader.client.post(`/api/cycles/${setup.cycle.id}/rounds`, {
      kind: 'mini_survey',
      intro: 'Three months on: has anything changed for you?',
      closesOn: '2026-12-10',
      stakeholderIds: setup.stakeholderIds,
    });
    expect(opened.status).toBe(201);
    const { roundId, links } = (await opened.json()) as Json;
    const ratings: [number, number | null][] = [
      [2, 1],
      [2, null],
      [1, null],
      [-1, 3],
    ];
    for (const [index, [first, second]] of ratings.entries()) {
      const stakeholder = createClient(testApp.app);
      await stakeholder.get(new URL(links[index].url).pathname);
      const page = (await (await stakeholder.get('/api/answer')).json()) as Json;
      const answers = Object.fromEntries(
        page.page.questions.map((question: Json) => {
          if (question.kind === 'rating') return [question.id, question.subject === ids[0] ? first : second];
          if (question.kind === 'choice') return [question.id, question.options[0].value];
          return [question.id, 'Keep asking before advising.'];
        }),
      );
      expect((await stakeholder.post('/api/answer', { answers })).status).toBe(201);
    }
    expect((await setup.leader.client.post(`/api/rounds/${roundId}/close`)).status).toBe(204);
    return { ...setup, roundId, commitmentIds: ids };
  }

  test('progress shows the behavior four people rated and hides the one only two could judge', async () => {
    const { leader, cycle, roundId, commitmentIds } = await answeredMiniSurvey();
    const response = await leader.client.get(`/api/cycles/${cycle.id}/progress`);
    const { progress } = (await response.json()) as { progress: CycleProgress };
    const [point] = progress.miniSurveys;
    expect(point).toMatchObject({ roundId, released: true, responseCount: 4 });
    const figureOf = (id: string | undefined) =>
      point?.byCommitment.find((entry) => entry.commitmentId === id)?.figure;
    expect(figureOf(commitmentIds[0])).toEqual({ n: 4, mean: 1, shareImproved: 3 / 4, realProgress: false });
    expect(figureOf(commitmentIds[1])).toBeNull();
    expect(point?.overall).toEqual({ n: 4, mean: 1, shareImproved: 3 / 4, realProgress: false });
  });

  test('the relationships map stays uncolored when one peer’s answers could otherwise be singled out', async () => {
    const { leader, workspaceId, roundId } = await answeredMiniSurvey();
    const map = (await (
      await leader.client.get(`/api/workspaces/${workspaceId}/relationships`)
    ).json()) as RelationshipsMap;
    expect(map.source).toMatchObject({ roundId, kind: 'mini_survey' });
    expect(map.groups.map((group) => group.perceivedChange)).toEqual([null, null, null]);
  });
});
