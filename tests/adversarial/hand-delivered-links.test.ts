import { afterEach, beforeEach, expect, test } from 'vitest';
import type { TestApp } from '../support/test-app';
import { describeEachEngine } from '../support/test-database';
import {
  answerThrough,
  appWithClock,
  closeRound,
  type Json,
  leaderView,
  openRound,
  type Setup,
  signedAnswers,
} from './adversary-kit';

/**
 * Without SMTP (the default) every link passes through the leader's hands. The leader keeps them,
 * fetches them again, and opens them in private windows, hoping to learn who answered.
 */

describeEachEngine('links the leader hands out', (engine) => {
  let testApp: TestApp;
  beforeEach(async () => {
    ({ testApp } = await appWithClock(engine));
  });
  afterEach(async () => {
    await testApp.dispose();
  });

  /** A private window: a browser with no session and no cookies, opening the link fresh. */
  async function openInPrivateWindow(url: string) {
    const browser = testApp.client();
    const visit = await browser.get(new URL(url).pathname);
    const page = await browser.get('/api/answer');
    return {
      browser,
      seen: {
        visit: visit.status,
        location: visit.headers.get('location'),
        page: page.status,
        body: (await page.json()) as Json,
      },
    };
  }

  async function submitInPrivateWindow(url: string, name: string) {
    const { browser, seen } = await openInPrivateWindow(url);
    const answers = seen.body.page ? signedAnswers(3, name)(seen.body) : {};
    const submitted = await browser.post('/api/answer', { answers });
    return { status: submitted.status, body: (await submitted.json()) as Json };
  }

  const refetchLinks = async (setup: Setup) => {
    const response = await setup.leader.client.post(`/api/rounds/${setup.roundId}/links`);
    return { status: response.status, body: (await response.json()) as Json };
  };

  test('attack: open each held link in a private browser to see who answered', async () => {
    const setup = await openRound(testApp);
    await answerThrough(testApp, setup.urlOf('Ada'), signedAnswers(4, 'Ada'));
    // Ada answered and Ben did not: the page each link opens is the same, and so is the reply to an answer.
    const ada = await openInPrivateWindow(setup.urlOf('Ada'));
    const ben = await openInPrivateWindow(setup.urlOf('Ben'));
    expect(ada.seen.page).toBe(200);
    expect(ada.seen).toEqual(ben.seen);
    const adaSubmit = await submitInPrivateWindow(setup.urlOf('Ada'), 'Leader as Ada');
    const benSubmit = await submitInPrivateWindow(setup.urlOf('Ben'), 'Leader as Ben');
    expect(adaSubmit).toEqual(benSubmit);
  });

  test('attack: re-fetch links to learn who answered', async () => {
    const setup = await openRound(testApp);
    const before = await refetchLinks(setup);
    expect(before.status).toBe(201);
    await answerThrough(testApp, setup.urlOf('Ada'), signedAnswers(4, 'Ada'));
    const after = await refetchLinks(setup);
    // Fresh links, each person listed as before: nothing about the person changes when they answer.
    const withoutLinks = (body: Json) =>
      JSON.parse(JSON.stringify(body).replaceAll(/\/a\/[\w-]+/g, '/a/LINK')) as Json;
    expect(withoutLinks(after.body)).toEqual(withoutLinks(before.body));
    const linkOf = (body: Json, name: string) =>
      body.links.find((link: Json) => link.name.startsWith(name)).url as string;
    const ada = await openInPrivateWindow(linkOf(after.body, 'Ada'));
    const ben = await openInPrivateWindow(linkOf(after.body, 'Ben'));
    expect(ada.seen.page).toBe(200);
    expect(ada.seen).toEqual(ben.seen);
    // The links handed out first keep working until the round closes.
    expect((await openInPrivateWindow(setup.urlOf('Ben'))).seen).toEqual(ben.seen);
    await closeRound(setup);
    expect((await refetchLinks(setup)).status).toBe(409);
  });

  test('attack: answer through a held link more often than people were asked', async () => {
    const setup = await openRound(testApp);
    for (const name of ['Ada', 'Ben', 'Cy'])
      await answerThrough(testApp, setup.urlOf(name), signedAnswers(4, name));
    // The leader can fill the places left, as anyone holding a link can; never one more.
    for (const name of ['Dee', 'Max'])
      expect((await submitInPrivateWindow(setup.urlOf('Ada'), name)).status).toBe(201);
    const full = await openInPrivateWindow(setup.urlOf('Dee'));
    expect(full.seen.page).toBe(410);
    expect(full.seen.body.error.code).toBe('round_full');
    expect((await submitInPrivateWindow(setup.urlOf('Max'), 'One too many')).status).toBe(410);
    expect((await leaderView(setup)).results.responseCount).toBe(5);
  });
});
