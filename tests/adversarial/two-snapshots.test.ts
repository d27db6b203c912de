import { afterEach, beforeEach, expect, test } from 'vitest';
import { fiveStakeholders, leaderWithCycle } from '../support/leader-fixture';
import type { TestApp } from '../support/test-app';
import { describeEachEngine } from '../support/test-database';
import {
  answersOf,
  answerThrough,
  appWithClock,
  closeRound,
  closesOn,
  commit,
  type Json,
  stakeholderNames,
} from './adversary-kit';

/**
 * The leader asks the same questions twice, once of {Ada, Ben, Cy} and once of {Ada, Ben, Cy, Dee},
 * one round after the other or in two cycles at once, hoping to subtract the first release from
 * the second and read Dee's ratings. Either round alone is released by the k rules; the pair must
 * never exist.
 */

describeEachEngine('no two snapshots one person apart', (engine) => {
  let testApp: TestApp;
  beforeEach(async () => {
    ({ testApp } = await appWithClock(engine));
  });
  afterEach(async () => {
    await testApp.dispose();
  });

  type Leader = Awaited<ReturnType<typeof leaderWithCycle>>;

  /** The five of leaderWithCycle, and two more peers some tests add after them, in that order. */
  const allNames = [...stakeholderNames, 'Eve Peer', 'Fay Peer'];
  const idsOf = (setup: Leader, names: string[]) =>
    names.map((name) => setup.stakeholderIds[allNames.findIndex((n) => n.startsWith(name))] as string);

  /** A second cycle on the same capability: its listening round asks the same behaviors. */
  async function sameCapabilityAgain(setup: Leader): Promise<string> {
    const created = await setup.leader.client.post(`/api/workspaces/${setup.workspaceId}/cycles`, {
      problem: 'People still bring me problems late.',
      goal: 'I want to get better at listening so that people bring me problems early.',
      competencyKey: 'listening-with-empathy',
      baseline: {},
    });
    expect(created.status).toBe(201);
    return ((await created.json()) as Json).cycle.id;
  }

  function open(setup: Leader, cycleId: string, kind: 'listening' | 'mini_survey', names: string[]) {
    return setup.leader.client.post(`/api/cycles/${cycleId}/rounds`, {
      kind,
      intro: 'I would value your view again.',
      closesOn,
      stakeholderIds: idsOf(setup, names),
    });
  }

  /** Opens a round that must open, lets everyone in it answer 2, and closes it: a released round. */
  async function releasedRound(
    setup: Leader,
    cycleId: string,
    kind: 'listening' | 'mini_survey',
    names: string[],
  ) {
    const opened = await open(setup, cycleId, kind, names);
    expect(opened.status).toBe(201);
    const { roundId, links } = (await opened.json()) as Json;
    for (const link of links as Json[])
      await answerThrough(
        testApp,
        link.url,
        answersOf(link.name, () => 2),
      );
    await closeRound({ leader: setup.leader, roundId });
    const view = (await (await setup.leader.client.get(`/api/rounds/${roundId}`)).json()) as Json;
    expect(view.results.released).toBe(true);
    return roundId as string;
  }

  async function expectRefusedAsTooClose(response: Response): Promise<Json> {
    expect(response.status).toBe(409);
    const { error } = (await response.json()) as Json;
    expect(error.code).toBe('rounds_too_close');
    // The leader is told which round and what to change.
    expect(error.message).toMatch(/round of \d{1,2} \w+ \d{4}|mini-survey of \d{1,2} \w+ \d{4}/);
    expect(error.message).toContain('at least 3 people');
    return error;
  }

  const threeReports = ['Ada', 'Ben', 'Cy'];
  const withDee = [...threeReports, 'Dee'];

  test('attack: subtract two rounds whose invitees differ by one person', async () => {
    const setup = await leaderWithCycle(testApp);
    await releasedRound(setup, setup.cycle.id, 'listening', threeReports);
    const again = await sameCapabilityAgain(setup);
    await expectRefusedAsTooClose(await open(setup, again, 'listening', withDee));
    // A swap of one person for another shows one rating against the other.
    await expectRefusedAsTooClose(await open(setup, again, 'listening', ['Ada', 'Ben', 'Dee']));
    // The same people again is how follow-up works, and is allowed.
    expect((await open(setup, again, 'listening', threeReports)).status).toBe(201);
  });

  test('attack: subtract two mini-surveys of the same commitments whose invitees differ by one person', async () => {
    const setup = await leaderWithCycle(testApp);
    await commit(setup);
    await releasedRound(setup, setup.cycle.id, 'mini_survey', threeReports);
    await expectRefusedAsTooClose(await open(setup, setup.cycle.id, 'mini_survey', withDee));
    expect((await open(setup, setup.cycle.id, 'mini_survey', threeReports)).status).toBe(201);
  });

  test('attack: run two cycles at once, the second asking one person more', async () => {
    const setup = await leaderWithCycle(testApp);
    const first = await open(setup, setup.cycle.id, 'listening', threeReports);
    expect(first.status).toBe(201);
    const second = await sameCapabilityAgain(setup);
    await expectRefusedAsTooClose(await open(setup, second, 'listening', withDee));
  });

  test('attack: add one person to a round that asked the same people as an earlier one', async () => {
    const setup = await leaderWithCycle(testApp);
    await releasedRound(setup, setup.cycle.id, 'listening', threeReports);
    const again = await sameCapabilityAgain(setup);
    const opened = await open(setup, again, 'listening', threeReports);
    expect(opened.status).toBe(201);
    const { roundId } = (await opened.json()) as Json;
    const added = await setup.leader.client.post(`/api/rounds/${roundId}/invitations`, {
      stakeholderId: idsOf(setup, ['Dee'])[0],
    });
    expect((await expectRefusedAsTooClose(added)).message).toContain('Dee Peer');
    expect((await (await setup.leader.client.get(`/api/rounds/${roundId}`)).json()).round.invitedCount).toBe(
      3,
    );
  });

  test('attack: ask the same people again, one more, from another workspace under new stakeholder entries', async () => {
    const setup = await leaderWithCycle(testApp);
    await releasedRound(setup, setup.cycle.id, 'listening', threeReports);
    // The leader also leads in an organization, and enters the same people there again.
    const created = await setup.leader.client.post('/api/workspaces', { name: 'Acme' });
    const orgId = ((await created.json()) as Json).id as string;
    await testApp.deps.repos.workspaces.addMembership(orgId, setup.leader.user.id, 'leader', new Date());
    const orgIds: string[] = [];
    for (const stakeholder of fiveStakeholders.slice(0, 4)) {
      const added = await setup.leader.client.post(`/api/workspaces/${orgId}/stakeholders`, stakeholder);
      expect(added.status).toBe(201);
      orgIds.push(((await added.json()) as Json).stakeholder.id);
    }
    const cycle = await setup.leader.client.post(`/api/workspaces/${orgId}/cycles`, {
      problem: 'People still bring me problems late.',
      goal: 'I want to get better at listening so that people bring me problems early.',
      competencyKey: 'listening-with-empathy',
      baseline: {},
    });
    expect(cycle.status).toBe(201);
    const opened = await setup.leader.client.post(
      `/api/cycles/${((await cycle.json()) as Json).cycle.id}/rounds`,
      {
        kind: 'listening',
        intro: 'I would value your view again.',
        closesOn,
        stakeholderIds: orgIds,
      },
    );
    await expectRefusedAsTooClose(opened);
  });

  test('rounds far enough apart, or asking about other things, open as before', async () => {
    const setup = await leaderWithCycle(testApp);
    for (const [name, relationshipGroup] of [
      ['Eve Peer', 'peer'],
      ['Fay Peer', 'peer'],
    ] as const) {
      const added = await setup.leader.client.post(`/api/workspaces/${setup.workspaceId}/stakeholders`, {
        name,
        relationshipGroup,
      });
      setup.stakeholderIds.push(((await added.json()) as Json).stakeholder.id);
    }
    await releasedRound(setup, setup.cycle.id, 'listening', threeReports);
    // A mini-survey asks about commitments, not the behaviors: one more person is fine there.
    await commit(setup);
    expect((await open(setup, setup.cycle.id, 'mini_survey', withDee)).status).toBe(201);
    // Three more people than the listening round: the difference is itself an aggregate of three.
    const again = await sameCapabilityAgain(setup);
    expect((await open(setup, again, 'listening', [...threeReports, 'Dee', 'Eve', 'Fay'])).status).toBe(201);
  });
});
