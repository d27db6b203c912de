import { createHash, randomBytes } from 'node:crypto';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { fiveStakeholders } from '../support/leader-fixture';
import type { TestApp } from '../support/test-app';
import { describeEachEngine } from '../support/test-database';
import {
  answerCookie,
  answerThrough,
  appWithClock,
  closeRound,
  dumpAllTables,
  type Json,
  leaderView,
  openRound,
  roundLevelPageFields,
  signedAnswers,
} from './adversary-kit';

/** Stakeholders and the leader probe links: guessing, tweaking, replaying, and reading refusals. */

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

describeEachEngine('links and error messages', (engine) => {
  let testApp: TestApp;
  beforeEach(async () => {
    ({ testApp } = await appWithClock(engine));
  });
  afterEach(async () => {
    await testApp.dispose();
  });

  /** Follows /a/:token in a fresh browser and returns what the answer API says. */
  async function probe(token: string) {
    const browser = testApp.client();
    const visit = await browser.get(`/a/${token}`);
    const page = await browser.get('/api/answer');
    return { visit, status: page.status, body: (await page.json()) as Json, browser };
  }

  test("attack: open a held link in the leader's own signed-in browser to see whether its person answered", async () => {
    const setup = await openRound(testApp);
    const own = setup.leader.client;
    const look = async (name: string) => {
      const visit = await own.get(new URL(setup.urlOf(name)).pathname);
      const form = await own.get('/api/answer');
      return {
        status: visit.status,
        location: visit.headers.get('location'),
        cookie: visit.headers.get('set-cookie'),
        form: form.status,
      };
    };
    const before = { ada: await look('Ada'), ben: await look('Ben') };
    expect(before.ada).toEqual({ status: 303, location: '/link-for-someone-else', cookie: null, form: 410 });
    await answerThrough(testApp, setup.urlOf('Ada'), signedAnswers(2, 'Ada'));
    // Ada answered and Ben did not: the leader's browser cannot tell them apart, nor open either form.
    expect({ ada: await look('Ada'), ben: await look('Ben') }).toEqual(before);
    expect(await look('Ada')).toEqual(await look('Ben'));
    await closeRound(setup);
    expect(await look('Ben')).toEqual(before.ben);
  });

  test('attack: guess links with random tokens', async () => {
    await openRound(testApp);
    for (let guess = 0; guess < 20; guess++) {
      const { visit, status, body, browser } = await probe(randomBytes(32).toString('base64url'));
      expect(visit.status).toBe(303);
      expect(visit.headers.getSetCookie()).toEqual([]);
      expect(browser.cookies.size).toBe(0);
      expect(status).toBe(410);
      expect(body.error.code).toBe('answer_link_invalid');
    }
  });

  test('attack: tweak one character of my own link to reach a colleague', async () => {
    const setup = await openRound(testApp);
    const own = setup.tokens[0] as string;
    for (const position of [0, 10, own.length - 1]) {
      const swapped = own[position] === 'A' ? 'B' : 'A';
      const tweaked = `${own.slice(0, position)}${swapped}${own.slice(position + 1)}`;
      expect((await probe(tweaked)).status).toBe(410);
    }
  });

  test('attack: predict links from their length and alphabet (entropy below 128 bits)', async () => {
    const setup = await openRound(testApp);
    for (const token of setup.tokens) {
      expect(token).toMatch(/^[A-Za-z0-9_-]+$/);
      expect(Buffer.from(token, 'base64url').length * 8).toBeGreaterThanOrEqual(128);
    }
    // One link per relationship group (direct reports, peer, manager), each of them different.
    expect(new Set(setup.tokens).size).toBe(3);
    for (const id of setup.stakeholderIds) expect(setup.tokens.join()).not.toContain(id.replaceAll('-', ''));
  });

  test('attack: read live links out of invitation_tokens and round_links', async () => {
    const setup = await openRound(testApp);
    const db = testApp.database.db;
    const rows = [
      ...(await db.selectFrom('invitation_tokens').select('token_hash').execute()),
      ...(await db.selectFrom('round_links').select('token_hash').execute()),
    ];
    expect(rows.map((row) => row.token_hash).sort()).toEqual([...new Set(setup.tokens)].map(sha256).sort());
    for (const row of rows) expect(row.token_hash).toMatch(/^[0-9a-f]{64}$/);
  });

  test('attack: use a stored token hash as if it were the link', async () => {
    await openRound(testApp);
    const [row] = await testApp.database.db.selectFrom('round_links').select('token_hash').execute();
    expect((await probe(row?.token_hash as string)).status).toBe(410);
  });

  test('attack: search every table for a raw link token (links handed to the leader, no SMTP)', async () => {
    const setup = await openRound(testApp);
    await answerThrough(testApp, setup.urlOf('Ada'), signedAnswers(4, 'Ada'));
    const dump = JSON.stringify(await dumpAllTables(testApp));
    for (const token of setup.tokens) expect(dump).not.toContain(token);
  });

  test('attack: compare the refusals for an invalid, a used and a closed link for news of others', async () => {
    const setup = await openRound(testApp);
    const ada = await answerThrough(testApp, setup.urlOf('Ada'), signedAnswers(4, 'Ada'));
    const invalid = await probe(randomBytes(32).toString('base64url'));
    // Ada opens her group's link again in the browser she answered from.
    await ada.stakeholder.get(new URL(setup.urlOf('Ada')).pathname);
    const answeredHere = await ada.stakeholder.get('/api/answer');
    const used = { body: (await answeredHere.json()) as Json };
    await closeRound(setup);
    const closed = await probe(setup.tokens[setup.urls.indexOf(setup.urlOf('Ben'))] as string);
    expect([invalid.body.error.code, used.body.error.code, closed.body.error.code]).toEqual([
      'answer_link_invalid',
      'already_answered',
      'round_closed',
    ]);
    for (const { body } of [invalid, used, closed]) {
      expect(Object.keys(body)).toEqual(['error']);
      expect(Object.keys(body.error).sort()).toEqual(['code', 'message']);
      // No names, no counts, nothing about anyone but the holder of the link.
      expect(body.error.message).not.toMatch(/\d/);
      for (const stakeholder of fiveStakeholders) {
        expect(body.error.message).not.toContain(stakeholder.name.split(' ')[0] as string);
      }
    }
  });

  test('attack: read the answer form for other stakeholders or how many answered', async () => {
    const setup = await openRound(testApp);
    for (const name of ['Ada', 'Ben'])
      await answerThrough(testApp, setup.urlOf(name), signedAnswers(4, name));
    const { body } = await probe(setup.tokens[setup.urls.indexOf(setup.urlOf('Cy'))] as string);
    // Only what is about the round itself; the round's k may be shown, nothing about other people.
    expect(Object.keys(body.page).filter((key) => !roundLevelPageFields.includes(key))).toEqual([]);
    const text = JSON.stringify(body);
    expect(text).not.toMatch(/Ada Report|Ben Report|ada@|ben@|Ada on|Ben on|responseCount|invitedCount/);
  });

  test("attack: the leader presents a stakeholder's token to the leader APIs", async () => {
    const setup = await openRound(testApp);
    const token = setup.tokens[0] as string;
    const own = await (await setup.leader.client.get(`/api/rounds/${setup.roundId}`)).text();
    const withToken = await setup.leader.client.get(`/api/rounds/${setup.roundId}`, {
      cookie: `${answerCookie}=${token}`,
      authorization: `Bearer ${token}`,
    });
    expect(withToken.status).toBe(401);
    const sessionCookie = [...setup.leader.client.cookies]
      .map(([name, value]) => `${name}=${value}`)
      .join('; ');
    const both = await setup.leader.client.get(`/api/rounds/${setup.roundId}`, {
      cookie: `${sessionCookie}; ${answerCookie}=${token}`,
    });
    expect(await both.text()).toBe(own);
    expect((await setup.leader.client.get(`/api/rounds/${token}`)).status).toBe(404);
    expect((await setup.leader.client.get(`/api/cycles/${token}`)).status).toBe(404);
  });

  test('attack: answer twice through the same link to weigh in double', async () => {
    const setup = await openRound(testApp);
    const { stakeholder } = await answerThrough(testApp, setup.urlOf('Dee'), signedAnswers(1, 'Dee'));
    const replay = await stakeholder.post('/api/answer', { answers: {} });
    expect(replay.status).toBe(410);
    // The link is the peers' group link: opened again in the browser that answered, it is refused.
    await stakeholder.get(new URL(setup.urlOf('Dee')).pathname);
    expect((await stakeholder.get('/api/answer')).status).toBe(409);
    expect((await stakeholder.post('/api/answer', { answers: {} })).status).toBe(409);
    expect((await leaderView(setup)).results.responseCount).toBe(1);
  });
});
