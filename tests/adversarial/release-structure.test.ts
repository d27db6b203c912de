import { afterEach, beforeEach, expect, test } from 'vitest';
import { leaderWithCycle } from '../support/leader-fixture';
import type { TestApp } from '../support/test-app';
import { describeEachEngine } from '../support/test-database';
import {
  answersOf,
  answerThrough,
  appWithClock,
  closeRound,
  commit,
  type Json,
  leaderView,
  openRoundOf,
} from './adversary-kit';
import { exportOf } from './export-kit';

/**
 * The leader knows how many people of each group they asked: three direct reports (Ada, Ben, Cy),
 * three peers (Dee, Eve, Fay) and one manager (Max). They compare what the released results look
 * like, not their values, hoping the shape tells whether Max answered and what Max could not judge.
 */

type Answerer = { name: string; rating: (subject: string) => number | null };

describeEachEngine('group structure from invitations, not answers', (engine) => {
  let testApp: TestApp;
  beforeEach(async () => {
    ({ testApp } = await appWithClock(engine));
  });
  afterEach(async () => {
    await testApp.dispose();
  });

  /** A leader of their own, with two more peers, so each scenario is a world of its own. */
  async function leaderOfSeven() {
    const setup = await leaderWithCycle(testApp);
    for (const name of ['Eve Peer', 'Fay Peer']) {
      const added = await setup.leader.client.post(`/api/workspaces/${setup.workspaceId}/stakeholders`, {
        name,
        email: `${name.split(' ')[0]?.toLowerCase()}@example.com`,
        relationshipGroup: 'peer',
      });
      setup.stakeholderIds.push(((await added.json()) as Json).stakeholder.id);
    }
    return setup;
  }

  const everyone = ['Ada', 'Ben', 'Cy', 'Dee', 'Eve', 'Fay', 'Max'];
  const rates = (name: string, value = 4): Answerer => ({ name, rating: () => value });
  /** Rates every subject but the first one asked about, which they cannot judge. */
  const judgesAllButOne = (name: string, value = 4): Answerer => {
    let unjudged = '';
    return {
      name,
      rating: (subject) => {
        unjudged ||= subject;
        return subject === unjudged ? null : value;
      },
    };
  };

  /** Opens a round of the kind asking all seven, lets the given people answer, closes it. */
  async function releasedWorld(kind: 'listening' | 'mini_survey', answerers: Answerer[]) {
    const setup = await leaderOfSeven();
    if (kind === 'mini_survey') await commit(setup);
    const round = await openRoundOf(setup, kind);
    for (const { name, rating } of answerers)
      await answerThrough(testApp, round.urlOf(name), answersOf(name, rating));
    await closeRound(round);
    const view = await leaderView(round);
    expect(view.results.released).toBe(true);
    return { ...round, view };
  }

  /** Everything about the breakdowns but their values: which groups, under which labels, with which fields. */
  const breakdownShapes = (view: Json) =>
    (view.results.ratings as Json[]).map((rating) =>
      (rating.byGroup as Json[]).map(({ label, groups, figure }) => ({
        label,
        groups,
        fields: Object.keys(figure).sort(),
      })),
    );

  const exportedGroupRows = async (world: Awaited<ReturnType<typeof releasedWorld>>) => {
    const files = await exportOf(world.leader.client);
    const data = JSON.parse(files.get('feedforward-export.json') as string) as Json;
    return (data.rounds as Json[]).flatMap((round) =>
      round.results.released
        ? (round.results.ratings as Json[]).map((rating) =>
            breakdownShapes({ results: { ratings: [rating] } }),
          )
        : [],
    );
  };

  const mapShape = async (world: Awaited<ReturnType<typeof releasedWorld>>) => {
    const map = (await (
      await world.leader.client.get(`/api/workspaces/${world.workspaceId}/relationships`)
    ).json()) as Json;
    return (map.groups as Json[]).map(({ group, perceivedChange }) => ({
      group,
      shown: perceivedChange
        ? { groups: perceivedChange.groups, fields: Object.keys(perceivedChange).sort() }
        : null,
    }));
  };

  test('attack: read who answered from which group figures appear', async () => {
    const managerAnswered = await releasedWorld(
      'listening',
      everyone.map((name) => rates(name)),
    );
    const managerSilent = await releasedWorld(
      'listening',
      everyone.filter((name) => name !== 'Max').map((name) => rates(name)),
    );
    // The round's count says one person is missing; the breakdown must not say which group lost them.
    expect(breakdownShapes(managerSilent.view)).toEqual(breakdownShapes(managerAnswered.view));
    expect(breakdownShapes(managerSilent.view).flat().length).toBeGreaterThan(0);
    for (const shape of breakdownShapes(managerSilent.view).flat()) {
      expect(shape.fields).not.toContain('n');
      expect(shape.fields).not.toContain('distribution');
    }
    expect(await exportedGroupRows(managerSilent)).toEqual(await exportedGroupRows(managerAnswered));
    expect(await mapShape(managerSilent)).toEqual(await mapShape(managerAnswered));
  });

  test("attack: read a lone manager's don't know from one behavior's breakdown", async () => {
    const judged = await releasedWorld(
      'listening',
      everyone.map((name) => rates(name)),
    );
    const cannotJudgeOne = await releasedWorld(
      'listening',
      everyone.map((name) => (name === 'Max' ? judgesAllButOne(name) : rates(name))),
    );
    const shapes = breakdownShapes(cannotJudgeOne.view);
    // Every behavior shows the same groups as every other, and as when Max judged them all.
    expect(new Set(shapes.map((shape) => JSON.stringify(shape))).size).toBe(1);
    expect(shapes).toEqual(breakdownShapes(judged.view));
    expect(await mapShape(cannotJudgeOne)).toEqual(await mapShape(judged));
  });

  test('attack: read a lone manager\'s "not enough contact" from one commitment in a mini-survey', async () => {
    const judged = await releasedWorld(
      'mini_survey',
      everyone.map((name) => rates(name, 2)),
    );
    const cannotJudgeOne = await releasedWorld(
      'mini_survey',
      everyone.map((name) => (name === 'Max' ? judgesAllButOne(name, 2) : rates(name, 2))),
    );
    const shapes = breakdownShapes(cannotJudgeOne.view);
    expect(new Set(shapes.map((shape) => JSON.stringify(shape))).size).toBe(1);
    expect(shapes).toEqual(breakdownShapes(judged.view));
    expect(await mapShape(cannotJudgeOne)).toEqual(await mapShape(judged));
    expect(await exportedGroupRows(cannotJudgeOne)).toEqual(await exportedGroupRows(judged));
  });

  test("a behavior two peers could not judge shows no breakdown, while the others show the round's", async () => {
    // Two peers cannot judge one behavior: showing the other groups beside the overall would give the rest.
    let unjudged = '';
    const world = await releasedWorld(
      'listening',
      everyone.map((name) =>
        name === 'Dee' || name === 'Eve'
          ? {
              name,
              rating: (subject) => {
                unjudged ||= subject;
                return subject === unjudged ? null : 4;
              },
            }
          : rates(name),
      ),
    );
    for (const rating of world.view.results.ratings as Json[]) {
      if (rating.subject === unjudged) expect(rating.byGroup).toEqual([]);
      else expect(rating.byGroup.length).toBeGreaterThan(0);
    }
  });
});
