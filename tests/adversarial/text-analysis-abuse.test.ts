import { afterEach, expect, test, vi } from 'vitest';
import type { ReframeSuggestion } from '../../src/shared/reframe';
import type { TestApp } from '../support/test-app';
import { describeEachEngine } from '../support/test-database';
import { appWithClock, type Json, openRound } from './adversary-kit';

// Issue 11, item 4: a 4,000-character single word in the reframe assistant or the phrasing hint cost
// 1–3.5 s of main-thread CPU, and reframe had no limit. Every test here failed on the old main.

const longWord = 'x'.repeat(4000);
const ordinaryProblem = 'My team never owns their deadlines, so I end up doing the work myself.';

/** One reverse proxy in front, so a test can name the client's network. */
const from = (address: string) => ({ 'x-forwarded-for': address });

describeEachEngine('text analysis under abuse', (engine) => {
  let testApp: TestApp;
  afterEach(async () => {
    vi.restoreAllMocks();
    await testApp.dispose();
  });

  async function leaderWithRound(env: Record<string, string> = {}) {
    ({ testApp } = await appWithClock(engine, { TRUST_PROXY: '1', ...env }));
    const setup = await openRound(testApp);
    const reframe = (problem: string, leader: Pick<typeof setup, 'leader' | 'workspaceId'> = setup) =>
      leader.leader.client.post(`/api/workspaces/${leader.workspaceId}/reframe`, { problem });
    const stakeholder = testApp.client();
    await stakeholder.get(new URL(setup.urlOf('Ada')).pathname);
    const hint = (text: string, headers: Record<string, string> = {}) =>
      stakeholder.post('/api/answer/hint', { text }, headers);
    return { ...setup, reframe, hint };
  }

  test('a 4,000-character single word is analysed, cut, in the reframe assistant and the phrasing hint', async () => {
    const { reframe, hint } = await leaderWithRound();
    const reframed = await reframe(longWord);
    expect(reframed.status).toBe(200);
    expect(((await reframed.json()) as ReframeSuggestion).available).toBe(true);
    const hinted = await hint(longWord);
    expect(hinted.status).toBe(200);
    expect(await hinted.json()).toEqual({ hint: null, available: true });
  });

  test('text over the size cap is refused with 400 naming the field, before any analysis', async () => {
    const { reframe, hint } = await leaderWithRound();
    const run = vi.spyOn(testApp.deps.textPool, 'run');
    const reframed = await reframe('y'.repeat(4001));
    expect(reframed.status).toBe(400);
    expect(((await reframed.json()) as Json).error.field).toBe('problem');
    const hinted = await hint('z'.repeat(4001));
    expect(hinted.status).toBe(400);
    expect(((await hinted.json()) as Json).error).toEqual(
      expect.objectContaining({ field: 'text', message: expect.stringMatching(/4000 characters/) }),
    );
    expect(run).not.toHaveBeenCalled();
  });

  test('reframe: 30 per account in 10 minutes, then 429; another account is still served', async () => {
    const { reframe } = await leaderWithRound();
    for (let index = 0; index < 30; index++) expect((await reframe(ordinaryProblem)).status).toBe(200);
    const refused = await reframe(ordinaryProblem);
    expect(refused.status).toBe(429);
    expect(((await refused.json()) as Json).error.code).toBe('rate_limited');
    const other = await openRound(testApp);
    expect((await reframe(ordinaryProblem, other)).status).toBe(200);
  });

  // 600 requests: sent 20 at a time, and given longer than the usual 30 s on a busy machine.
  test('phrasing hints: 600 per link in 10 minutes, whichever networks ask', {
    timeout: 120_000,
  }, async () => {
    const { hint } = await leaderWithRound();
    for (let batch = 0; batch < 30; batch++) {
      const sent = Array.from({ length: 20 }, (_, index) =>
        hint('Ok.', from(`198.51.100.${batch * 8 + index}`)),
      );
      for (const response of await Promise.all(sent)) expect(response.status).toBe(200);
    }
    const refused = await hint('Ok.', from('203.0.113.7'));
    expect(refused.status).toBe(429);
    expect(((await refused.json()) as Json).error.code).toBe('rate_limited');
  });

  test('over the time budget the request still succeeds, saying the analysis is unavailable', async () => {
    const { reframe, hint } = await leaderWithRound({ TEXT_ANALYSIS_BUDGET_MS: '1' });
    const reframed = await reframe(ordinaryProblem.repeat(50));
    expect(reframed.status).toBe(200);
    expect(await reframed.json()).toEqual(
      expect.objectContaining({ available: false, competencies: [], question: null }),
    );
    const hinted = await hint('You always interrupt people in meetings and it is rude. '.repeat(60));
    expect(hinted.status).toBe(200);
    expect(await hinted.json()).toEqual({ hint: null, available: false });
  });

  test('while an analysis runs, other requests are served: one sent after it finishes first', async () => {
    const { reframe } = await leaderWithRound({ TEXT_ANALYSIS_BUDGET_MS: '60000' });
    const pool = testApp.deps.textPool;
    const original = pool.run.bind(pool);
    let analysisStarted: () => void = () => undefined;
    const started = new Promise<void>((resolve) => (analysisStarted = resolve));
    vi.spyOn(pool, 'run').mockImplementation((name, input) => {
      const running = original(name, input);
      analysisStarted();
      return running;
    });
    const order: string[] = [];
    // Some 3,500 characters to read: tens of milliseconds of CPU, a health check's a few.
    const heavy = reframe(ordinaryProblem.repeat(50)).then((response) => {
      order.push('reframe');
      return response;
    });
    await started;
    const cheap = await testApp.client().get('/healthz');
    order.push('health check');
    expect(cheap.status).toBe(200);
    expect((await heavy).status).toBe(200);
    expect(order).toEqual(['health check', 'reframe']);
  });
});
