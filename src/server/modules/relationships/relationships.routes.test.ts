import { sql } from 'kysely';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { leaderWithCycle } from '../../../../tests/support/leader-fixture';
import { createTestApp, signedUpClient, type TestApp } from '../../../../tests/support/test-app';
import { describeEachEngine } from '../../../../tests/support/test-database';
import type { RelationshipsMap } from '../../../shared/relationships';
import { storeClosedRound } from '../progress/closed-round.fixtures';
import { changeQuestion } from '../progress/progress.fixtures';

describeEachEngine('relationships', (engine) => {
  let testApp: TestApp;
  beforeEach(async () => {
    testApp = await createTestApp(engine, { now: () => new Date('2026-03-20T09:00:00Z') });
  });
  afterEach(async () => {
    await testApp.dispose();
  });

  async function mapOf(setup: Awaited<ReturnType<typeof leaderWithCycle>>) {
    const response = await setup.leader.client.get(`/api/workspaces/${setup.workspaceId}/relationships`);
    expect(response.status).toBe(200);
    return (await response.json()) as RelationshipsMap;
  }

  test('stakeholders are listed by relationship group, uncolored before any round is released', async () => {
    const setup = await leaderWithCycle(testApp);
    const map = await mapOf(setup);
    expect(map.source).toBeNull();
    expect(
      map.groups.map((group) => [group.group, group.stakeholders.length, group.perceivedChange]),
    ).toEqual([
      ['direct_report', 3, null],
      ['peer', 1, null],
      ['manager', 1, null],
    ]);
  });

  test('the leader’s private note appears beside that stakeholder', async () => {
    const setup = await leaderWithCycle(testApp);
    const saved = await setup.leader.client.put(`/api/stakeholders/${setup.stakeholderIds[3]}/note`, {
      note: 'I cut Dee off in planning meetings.',
    });
    expect(saved.status).toBe(200);
    const peers = (await mapOf(setup)).groups.find((group) => group.group === 'peer');
    expect(peers?.stakeholders).toEqual([
      { id: setup.stakeholderIds[3], name: 'Dee Peer', note: 'I cut Dee off in planning meetings.' },
    ]);
  });

  test('an empty note clears it', async () => {
    const setup = await leaderWithCycle(testApp);
    const path = `/api/stakeholders/${setup.stakeholderIds[3]}/note`;
    await setup.leader.client.put(path, { note: 'My part: I answer too fast.' });
    const cleared = await setup.leader.client.put(path, { note: '  ' });
    expect(await cleared.json()).toEqual({ note: null });
    const peers = (await mapOf(setup)).groups.find((group) => group.group === 'peer');
    expect(peers?.stakeholders[0]?.note).toBeNull();
  });

  test('a note longer than 4000 characters is refused', async () => {
    const setup = await leaderWithCycle(testApp);
    const refused = await setup.leader.client.put(`/api/stakeholders/${setup.stakeholderIds[0]}/note`, {
      note: 'x'.repeat(4001),
    });
    expect(refused.status).toBe(400);
  });

  test('another leader can neither write nor see a note: the stakeholder is not found', async () => {
    const setup = await leaderWithCycle(testApp);
    await setup.leader.client.put(`/api/stakeholders/${setup.stakeholderIds[0]}/note`, {
      note: 'Private thought.',
    });
    const other = await leaderWithCycle(testApp);
    const refused = await other.leader.client.put(`/api/stakeholders/${setup.stakeholderIds[0]}/note`, {
      note: 'Overwritten.',
    });
    expect(refused.status).toBe(404);
    expect(JSON.stringify(await mapOf(other))).not.toContain('Private thought.');
    const outsider = await signedUpClient(testApp);
    const peek = await outsider.client.get(`/api/workspaces/${setup.workspaceId}/relationships`);
    expect(peek.status).toBe(404);
  });

  test('removing a stakeholder removes the note on that relationship', async () => {
    const setup = await leaderWithCycle(testApp);
    const id = setup.stakeholderIds[0] as string;
    await setup.leader.client.put(`/api/stakeholders/${id}/note`, { note: 'I rarely ask Ada first.' });
    expect((await setup.leader.client.delete(`/api/stakeholders/${id}`)).status).toBe(204);
    const { rows } = await sql<{
      count: string | number;
    }>`select count(*) as count from relationship_notes`.execute(testApp.database.db);
    expect(Number(rows[0]?.count)).toBe(0);
  });

  test('groups are colored from the latest released mini-survey, a merged group by its merged set', async () => {
    const setup = await leaderWithCycle(testApp);
    const change = changeQuestion('commitment-a');
    const roundId = await storeClosedRound(testApp.deps.repos, {
      cycleId: setup.cycle.id,
      kind: 'mini_survey',
      questions: [change],
      answers: [
        ['direct_report', { [change.id]: 3 }],
        ['direct_report', { [change.id]: 3 }],
        ['direct_report', { [change.id]: 3 }],
        ['peer', { [change.id]: 0 }],
        ['peer', { [change.id]: 0 }],
        ['peer', { [change.id]: 0 }],
        ['manager', { [change.id]: -3 }],
      ],
      closedAt: '2026-03-15T12:00:00.000Z',
    });
    const map = await mapOf(setup);
    expect(map.source).toMatchObject({ roundId, kind: 'mini_survey' });
    const byGroup = Object.fromEntries(map.groups.map((group) => [group.group, group.perceivedChange]));
    expect(byGroup.peer).toMatchObject({ mean: 0, shareImproved: 0, groups: ['peer'] });
    expect(byGroup.manager).toMatchObject({ label: 'Others', mean: 1.5 });
    expect(byGroup.manager).not.toHaveProperty('n');
    expect(byGroup.direct_report).toEqual(byGroup.manager);
  });
});
