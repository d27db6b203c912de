import { afterEach, expect, test } from 'vitest';
import {
  answerThrough,
  appWithClock,
  closeRound,
  type Json,
  openRoundOf,
  organization,
  signedAnswers,
} from '../../../../tests/adversarial/adversary-kit';
import type { TestApp } from '../../../../tests/support/test-app';
import { describeEachEngine } from '../../../../tests/support/test-database';
import type { FrameworkFile } from '../../../shared/framework';
import { defaultFramework } from './default-framework';

/** The default framework with its first competency's first behavior reworded and its second retired. */
function edited(): FrameworkFile {
  const framework = structuredClone(defaultFramework);
  const listening = framework.competencies[0];
  if (!listening) throw new Error('the default framework has competencies');
  const [first, second] = listening.behaviors;
  if (!first || !second) throw new Error('listening has behaviors');
  first.text = 'let people finish, every time';
  second.retired = true;
  listening.behaviors.push({ key: 'nod-and-ask', text: 'nod and ask one more question' });
  return framework;
}

describeEachEngine('framework versions', (engine) => {
  let testApp: TestApp;
  afterEach(async () => {
    await testApp.dispose();
  });

  test('each save is a new version, listed with what changed and who saved it', async () => {
    ({ testApp } = await appWithClock(engine));
    const { admin, workspaceId } = await organization(testApp);
    const path = `/api/workspaces/${workspaceId}/framework`;
    expect(((await (await admin.client.get(path)).json()) as Json).version).toBe(0);
    const saved = await admin.client.post(`${path}/versions`, { baseVersion: 0, framework: edited() });
    expect(saved.status).toBe(201);
    expect(await saved.json()).toEqual({ version: 1 });
    const current = (await (await admin.client.get(path)).json()) as Json;
    expect(current).toMatchObject({ version: 1, isDefault: false });
    expect(current.framework.competencies[0].behaviors[1].retired).toBe(true);
    const { versions } = (await (await admin.client.get(`${path}/versions`)).json()) as Json;
    expect(versions).toEqual([
      expect.objectContaining({
        version: 1,
        author: 'Ann Admin',
        summary:
          'Reworded behavior "let people finish, every time" in Listening with empathy; Retired behavior "summarize what I heard before giving my view" in Listening with empathy; Added behavior "nod and ask one more question" in Listening with empathy',
      }),
    ]);
    const audit = (await (
      await admin.client.get(`/api/workspaces/${workspaceId}/audit?action=framework.edited`)
    ).json()) as Json;
    expect(audit.entries[0].detail).toMatch(/^version 1: Reworded behavior/);
  });

  test('a save on top of an older version, a deleted item or no change at all is refused and changes nothing', async () => {
    ({ testApp } = await appWithClock(engine));
    const { admin, workspaceId } = await organization(testApp);
    const path = `/api/workspaces/${workspaceId}/framework`;
    await admin.client.post(`${path}/versions`, { baseVersion: 0, framework: edited() });
    const stale = await admin.client.post(`${path}/versions`, {
      baseVersion: 0,
      framework: defaultFramework,
    });
    expect(stale.status).toBe(409);
    expect(((await stale.json()) as Json).error.code).toBe('framework_changed');
    const deleted = edited();
    deleted.competencies.pop();
    const removal = await admin.client.post(`${path}/versions`, { baseVersion: 1, framework: deleted });
    expect(removal.status).toBe(400);
    expect(((await removal.json()) as Json).error.code).toBe('removed_item');
    const same = await admin.client.post(`${path}/versions`, { baseVersion: 1, framework: edited() });
    expect(((await same.json()) as Json).error.code).toBe('no_changes');
    expect(((await (await admin.client.get(path)).json()) as Json).version).toBe(1);
  });

  test('a running cycle and its released results keep the snapshot they started with', async () => {
    ({ testApp } = await appWithClock(engine));
    const setup = await openRoundOf(await organization(testApp), 'listening');
    for (const name of ['Ada', 'Ben', 'Cy', 'Dee'])
      await answerThrough(testApp, setup.urlOf(name), signedAnswers(4, name));
    await closeRound(setup);
    const cyclePath = `/api/cycles/${setup.cycle.id}`;
    const roundPath = `/api/rounds/${setup.roundId}`;
    const cycleBefore = await (await setup.leader.client.get(cyclePath)).json();
    const roundBefore = await (await setup.leader.client.get(roundPath)).json();

    const path = `/api/workspaces/${setup.workspaceId}/framework`;
    const framework = edited();
    const listening = framework.competencies[0] as FrameworkFile['competencies'][0];
    listening.name = 'Listening, renamed';
    listening.retired = true;
    const saved = await setup.admin.client.post(`${path}/versions`, { baseVersion: 0, framework });
    expect(saved.status).toBe(201);

    expect(await (await setup.leader.client.get(cyclePath)).json()).toEqual(cycleBefore);
    expect(await (await setup.leader.client.get(roundPath)).json()).toEqual(roundBefore);
    expect(JSON.stringify(cycleBefore)).toContain('let people finish speaking before I respond');
    // A retired competency is offered to no new cycle.
    const refused = await setup.otherLeader.client.post(`/api/workspaces/${setup.workspaceId}/cycles`, {
      problem: 'My team never tells me about problems until it is too late.',
      goal: 'I want to get better at listening so that people bring me problems early.',
      competencyKey: 'listening-with-empathy',
      baseline: {},
    });
    expect(((await refused.json()) as Json).error?.code).toBe('unknown_competency');
  });
});
