import { afterEach, beforeEach, expect, test } from 'vitest';
import type { TestApp } from '../support/test-app';
import { describeEachEngine } from '../support/test-database';
import {
  answersOf,
  answerThrough,
  appWithClock,
  closeRound,
  commit,
  everythingTheLeaderCanRead,
  type Json,
  leaderView,
  leavesOf,
  openRound,
  openRoundOf,
  type Setup,
  signedAnswers,
} from './adversary-kit';

/**
 * After listening, the leader asks the same people again with pulse rounds and mini-surveys, and
 * tries to learn what one of them said: before release, below k, through "not enough contact",
 * by subtracting groups, or by setting a later round beside the listening round.
 */

describeEachEngine('pulse rounds and mini-surveys', (engine) => {
  let testApp: TestApp;
  beforeEach(async () => {
    ({ testApp } = await appWithClock(engine));
  });
  afterEach(async () => {
    await testApp.dispose();
  });

  /** The listening round released over four answers, and the two behaviors the leader practices. */
  async function afterListening() {
    const setup = await openRound(testApp);
    for (const name of ['Ada', 'Ben', 'Cy', 'Dee'])
      await answerThrough(testApp, setup.urlOf(name), signedAnswers(4, name));
    await closeRound(setup);
    const [first, second] = await commit(setup);
    return { ...setup, first: first as string, second: second as string };
  }

  const read = async (setup: Pick<Setup, 'leader'>, path: string) =>
    (await (await setup.leader.client.get(path)).json()) as Json;
  const mapOf = (setup: Pick<Setup, 'leader' | 'workspaceId'>) =>
    read(setup, `/api/workspaces/${setup.workspaceId}/relationships`);
  const progressOf = async (setup: Pick<Setup, 'leader' | 'cycle'>) =>
    (await read(setup, `/api/cycles/${setup.cycle.id}/progress`)).progress as Json;

  /** Every count of people or ratings a figure in this JSON rests on. */
  const countsIn = (value: unknown) =>
    [...leavesOf(value)].filter(([path]) => /(^|\.)n$/.test(path)).map(([, n]) => n as number);

  test("attack: read a pulse round's answers while it is open, anywhere the leader can look", async () => {
    const setup = await afterListening();
    const pulse = await openRoundOf(setup, 'pulse');
    for (const name of ['Ada', 'Ben', 'Cy', 'Dee'])
      await answerThrough(
        testApp,
        pulse.urlOf(name),
        answersOf(`Pulse-${name}`, () => null),
      );
    const bodies = {
      ...(await everythingTheLeaderCanRead(pulse)),
      progress: JSON.stringify(await progressOf(setup)),
      map: JSON.stringify(await mapOf(setup)),
    };
    for (const [path, body] of Object.entries(bodies)) expect(body, path).not.toContain('Pulse-');
    expect((await leaderView(pulse)).results).toEqual({
      released: false,
      reason: 'open',
      responseCount: 4,
      k: 3,
    });
  });

  test("attack: read a mini-survey's change figures while it is open, through the round, progress and map", async () => {
    const setup = await afterListening();
    const mapBefore = await mapOf(setup);
    const survey = await openRoundOf(setup, 'mini_survey');
    for (const [index, name] of ['Ada', 'Ben', 'Cy', 'Dee'].entries())
      await answerThrough(
        testApp,
        survey.urlOf(name),
        answersOf(name, () => [3, -3, 2, -2][index] ?? null),
      );
    const view = await leaderView(survey);
    expect(view.results).toEqual({ released: false, reason: 'open', responseCount: 4, k: 3 });
    expect(view.changeSummaries).toEqual([]);
    expect((await progressOf(setup)).miniSurveys).toEqual([]);
    // The map still shows the listening round, exactly as before anyone answered the survey.
    expect(await mapOf(setup)).toEqual(mapBefore);
    expect(mapBefore.source).toMatchObject({ roundId: setup.roundId, kind: 'listening' });
  });

  test('attack: close a mini-survey with k − 1 answers, all from people who answered the listening round', async () => {
    const setup = await afterListening();
    const mapBefore = await mapOf(setup);
    const survey = await openRoundOf(setup, 'mini_survey');
    for (const name of ['Ada', 'Ben'])
      await answerThrough(
        testApp,
        survey.urlOf(name),
        answersOf(name, () => -3, 'never'),
      );
    await closeRound(survey);
    const view = await leaderView(survey);
    expect(view.results).toEqual({ released: false, reason: 'too-few', responseCount: 2, k: 3 });
    expect(view.changeSummaries).toEqual([]);
    const [point] = (await progressOf(setup)).miniSurveys;
    expect(point).toMatchObject({ released: false, overall: null, byCommitment: [] });
    // Nothing of the two answers, not even combined with the listening round they also answered.
    expect(await mapOf(setup)).toEqual(mapBefore);
  });

  test('attack: have all but k − 1 people say "not enough contact" about one behavior', async () => {
    const setup = await afterListening();
    const survey = await openRoundOf(setup, 'mini_survey');
    for (const name of ['Ada', 'Ben', 'Cy', 'Dee'])
      await answerThrough(
        testApp,
        survey.urlOf(name),
        answersOf(name, (subject) =>
          subject === setup.first ? 1 : ['Ada', 'Dee'].includes(name) ? -3 : null,
        ),
      );
    await closeRound(survey);
    const view = await leaderView(survey);
    const hidden = view.changeSummaries.find((summary: Json) => summary.subject === setup.second);
    expect(hidden).toMatchObject({ hidden: true });
    expect(hidden).not.toHaveProperty('mean');
    const rating = view.results.ratings.find((result: Json) => result.subject === setup.second);
    expect(rating).toMatchObject({ overall: null, byGroup: [] });
    const progress = await progressOf(setup);
    for (const body of [view, progress]) {
      expect(countsIn(body).length).toBeGreaterThan(0);
      for (const n of countsIn(body)) expect(n).toBeGreaterThanOrEqual(3);
    }
    // The pooled headline rests on the first behavior alone: the two -3s cannot be recovered.
    expect(progress.miniSurveys[0].overall).toEqual({ n: 4, mean: 1, shareImproved: 1, realProgress: false });
  });

  test("attack: subtract the direct reports' change figure from the overall to isolate the one peer", async () => {
    const setup = await afterListening();
    const survey = await openRoundOf(setup, 'mini_survey');
    for (const name of ['Ada', 'Ben', 'Cy', 'Dee'])
      await answerThrough(
        testApp,
        survey.urlOf(name),
        answersOf(name, () => (name === 'Dee' ? -3 : 3)),
      );
    await closeRound(survey);
    const view = await leaderView(survey);
    for (const rating of view.results.ratings) {
      expect(rating.overall.n).toBe(4);
      // "Direct report" (3) beside the overall (4) would give Dee's -3 away.
      expect(rating.byGroup).toEqual([]);
    }
    const map = await mapOf(setup);
    expect(map.source).toMatchObject({ roundId: survey.roundId });
    expect(map.groups.map((group: Json) => group.perceivedChange)).toEqual([null, null, null]);
  });

  test('attack: ask the same people two mini-surveys and pool a behavior each one hid', async () => {
    const setup = await afterListening();
    const raters = [
      ['Ada', 'Ben'],
      ['Ben', 'Cy'],
    ];
    for (const judging of raters) {
      const survey = await openRoundOf(setup, 'mini_survey');
      for (const name of ['Ada', 'Ben', 'Cy', 'Dee'])
        await answerThrough(
          testApp,
          survey.urlOf(name),
          answersOf(name, (subject) => (subject === setup.first ? 2 : judging.includes(name) ? -3 : null)),
        );
      await closeRound(survey);
    }
    const progress = await progressOf(setup);
    expect(progress.miniSurveys).toHaveLength(2);
    for (const point of progress.miniSurveys) {
      const second = point.byCommitment.find((entry: Json) => entry.commitmentId === setup.second);
      expect(second.figure).toBeNull();
      expect(point.overall).toMatchObject({ n: 4, mean: 2 });
    }
    // Two rounds of two ratings each never become one figure of four: no -3 reaches any mean.
    const means = [...leavesOf(progress)].filter(([path]) => /(^|\.)mean$/.test(path));
    expect(means.length).toBeGreaterThan(0);
    for (const [path, mean] of means) expect(mean, path).toBeGreaterThanOrEqual(0);
    for (const n of countsIn(progress)) expect(n).toBeGreaterThanOrEqual(3);
  });

  test('attack: a named manager answers a mini-survey so that k − 1 anonymous answers are released', async () => {
    const setup = await afterListening();
    const survey = await openRoundOf(setup, 'mini_survey');
    for (const name of ['Ada', 'Ben'])
      await answerThrough(
        testApp,
        survey.urlOf(name),
        answersOf(name, () => -2),
      );
    await answerThrough(
      testApp,
      survey.urlOf('Max'),
      answersOf('Max', () => 3),
      true,
    );
    await closeRound(survey);
    const view = await leaderView(survey);
    expect(view.results).toEqual({ released: false, reason: 'too-few', responseCount: 3, k: 3 });
    expect(view.changeSummaries).toEqual([]);
    expect((await progressOf(setup)).miniSurveys[0]).toMatchObject({ released: false, overall: null });
  });
});
