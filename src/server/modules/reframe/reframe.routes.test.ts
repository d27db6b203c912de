import { afterEach, beforeEach, expect, test } from 'vitest';
import { createTestApp, signedUpClient, type TestApp } from '../../../../tests/support/test-app';
import { describeEachEngine } from '../../../../tests/support/test-database';
import type { FrameworkFile } from '../../../shared/framework';
import type { ReframeSuggestion } from '../../../shared/reframe';
import { defaultFramework } from '../frameworks/default-framework';

describeEachEngine('reframing a problem', (engine) => {
  let testApp: TestApp;
  beforeEach(async () => {
    testApp = await createTestApp(engine);
  });
  afterEach(async () => {
    await testApp.dispose();
  });

  /** A leader in their personal workspace, where they are also the admin. */
  async function leader() {
    const signedUp = await signedUpClient(testApp, 'Linus Leader');
    const { workspaces } = (await (await signedUp.client.get('/api/workspaces')).json()) as {
      workspaces: { id: string }[];
    };
    const base = `/api/workspaces/${workspaces[0]?.id}`;
    const reframe = async (problem: string) => {
      const response = await signedUp.client.post(`${base}/reframe`, { problem });
      expect(response.status).toBe(200);
      return (await response.json()) as ReframeSuggestion;
    };
    return { ...signedUp, base, reframe };
  }

  test('a problem told as what someone else does gets a question back about the leader’s own part', async () => {
    const { reframe } = await leader();
    const suggestion = await reframe('Sarah always derails our planning meetings with side topics.');
    expect(suggestion).toEqual(
      expect.objectContaining({
        focus: 'others',
        othersShare: 1,
        question: expect.stringContaining('Sarah'),
      }),
    );
  });

  test('a problem told as the leader’s own part gets no question', async () => {
    const { reframe } = await leader();
    const suggestion = await reframe('I struggle to give critical feedback without sounding harsh.');
    expect(suggestion).toEqual(expect.objectContaining({ focus: 'self', question: null }));
  });

  // Was "always five": weak matches are now left out (competency-suggestions.models.ts says why).
  test('strong matches only, best first, as the framework describes them, with the words that matched', async () => {
    const { reframe } = await leader();
    const { competencies } = await reframe(
      'I end up doing everything myself because my team does not own their deadlines and I get frustrated.',
    );
    expect(competencies.length).toBeGreaterThan(1);
    expect(competencies.length).toBeLessThanOrEqual(5);
    expect(competencies[0]?.key).toBe('delegating-outcomes');
    const scores = competencies.map((competency) => competency.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    const described = defaultFramework.competencies.find(
      (competency) => competency.key === competencies[0]?.key,
    );
    expect(competencies[0]).toEqual({
      key: described?.key,
      name: described?.name,
      description: described?.description,
      score: expect.any(Number),
      matchedWords: expect.arrayContaining(['myself']),
    });
  });

  test('a competency sharing no words with the problem is not suggested', async () => {
    const { reframe } = await leader();
    expect((await reframe('Lorem ipsum dolor sit amet, consectetur.')).competencies).toEqual([]);
  });

  test('suggestions come from the workspace’s own framework once it has one', async () => {
    const { client, base, reframe } = await leader();
    const feedback = defaultFramework.competencies.find((competency) => competency.key === 'giving-feedback');
    const own: FrameworkFile = {
      version: 1,
      name: 'Acme framework',
      competencies: [{ ...(feedback as FrameworkFile['competencies'][number]), key: 'acme-feedback' }],
    };
    expect((await client.put(`${base}/framework`, own)).status).toBe(204);
    const { competencies } = await reframe('I struggle to give critical feedback without sounding harsh.');
    expect(competencies.map((competency) => competency.key)).toEqual(['acme-feedback']);
  });

  test('a problem shorter than 10 characters is refused with a message for people', async () => {
    const { client, base } = await leader();
    const response = await client.post(`${base}/reframe`, { problem: ' meetings ' });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      error: {
        code: 'invalid_input',
        message: expect.stringContaining('at least 10 characters'),
        field: 'problem',
      },
    });
  });
});
