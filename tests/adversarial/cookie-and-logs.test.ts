import { createHash } from 'node:crypto';
import { afterEach, expect, test } from 'vitest';
import type { TestApp } from '../support/test-app';
import { describeEachEngine } from '../support/test-database';
import {
  answerThrough,
  appWithCapturedLogs,
  appWithClock,
  closeRound,
  leaderView,
  openRound,
  signedAnswers,
  tokenOf,
} from './adversary-kit';

/** The link's token and the answers must not escape through cookies, headers, history or logs. */

describeEachEngine('answer cookie, headers and request logs', (engine) => {
  let testApp: TestApp;
  afterEach(async () => {
    await testApp.dispose();
  });

  async function visit() {
    ({ testApp } = await appWithClock(engine));
    const setup = await openRound(testApp);
    const browser = testApp.client();
    const response = await browser.get(new URL(setup.urlOf('Ada')).pathname);
    return { setup, browser, response, token: tokenOf(setup.urlOf('Ada')) };
  }

  test('attack: read the answer cookie from page script, another site, or a leader route', async () => {
    const { response } = await visit();
    const [cookie] = response.headers.getSetCookie();
    expect(cookie).toMatch(/^ff_answer=/);
    expect(cookie).toMatch(/;\s*HttpOnly/i);
    expect(cookie).toMatch(/;\s*SameSite=Strict/i);
    expect(cookie).toMatch(/;\s*Path=\/api\/answer(;|$)/i);
    const maxAge = Number(cookie?.match(/Max-Age=(\d+)/i)?.[1]);
    expect(maxAge).toBeGreaterThan(0);
    expect(maxAge).toBeLessThanOrEqual(2 * 60 * 60);
    expect(cookie).not.toMatch(/Domain=/i);
  });

  test('attack: find the token in the address the link redirects to', async () => {
    const { response, token } = await visit();
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/answer');
    expect(response.headers.get('location')).not.toContain(token);
    expect(await response.text()).not.toContain(token);
  });

  test('attack: catch the token in the Referer of the next request', async () => {
    const { browser, setup } = await visit();
    for (const response of [
      await browser.get(new URL(setup.urlOf('Ben')).pathname),
      await browser.get('/api/answer'),
      await setup.leader.client.get(`/api/rounds/${setup.roundId}`),
    ]) {
      expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    }
  });

  test('attack: read the answer form or the cookie back from a shared browser cache', async () => {
    const { browser } = await visit();
    const page = await browser.get('/api/answer');
    expect(page.headers.get('cache-control')).toBe('no-store');
    expect(page.headers.getSetCookie()).toEqual([]);
  });

  test('attack: reuse the answer cookie left in the browser after answering', async () => {
    ({ testApp } = await appWithClock(engine));
    const setup = await openRound(testApp);
    const { stakeholder } = await answerThrough(testApp, setup.urlOf('Cy'), signedAnswers(3, 'Cy'));
    expect(stakeholder.cookies.has('ff_answer')).toBe(false);
    expect((await stakeholder.get('/api/answer')).status).toBe(410);
  });

  test('attack: read tokens and answers from the request log', async () => {
    const world = await appWithCapturedLogs(engine);
    testApp = world.testApp;
    const setup = await openRound(testApp);
    const secret = 'Zebra-secret-suggestion';
    const answers = signedAnswers(4, secret);
    for (const name of ['Ada', 'Ben', 'Cy']) await answerThrough(testApp, setup.urlOf(name), answers);
    const hintBrowser = testApp.client();
    await hintBrowser.get(new URL(setup.urlOf('Dee')).pathname);
    await hintBrowser.post('/api/answer/hint', { text: `${secret} you never listen` });
    await hintBrowser.post('/api/answer', { answers: { 'feedforward-1': `${secret} ${'x'.repeat(700)}` } });
    await testApp.client().get(`/a/${setup.tokens[0]}-tampered`);
    await closeRound(setup);
    await leaderView(setup);
    expect(world.lines.length).toBeGreaterThan(10);
    const log = world.lines.join('');
    for (const token of setup.tokens) {
      expect(log).not.toContain(token);
      expect(log).not.toContain(createHash('sha256').update(token).digest('hex'));
    }
    expect(log).not.toContain(secret);
    expect(log).not.toMatch(/ask before deciding/i);
    expect(log).toContain('"route":"/a/:token"');
  });
});
