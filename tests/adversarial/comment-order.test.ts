import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { release, responseFrom, seededRandom } from '../../src/server/modules/rounds/release.fixtures';
import { releaseTextResult } from '../../src/server/modules/rounds/text-results.models';
import type { TestApp } from '../support/test-app';
import { describeEachEngine } from '../support/test-database';
import {
  answerThrough,
  appWithClock,
  closeRound,
  type Json,
  leaderView,
  openRound,
  signedAnswers,
} from './adversary-kit';

/** The leader reads free text hoping its order, or its position beside ratings, tells who wrote it. */

const arrival = ['Max', 'Dee', 'Cy', 'Ben', 'Ada'];

describeEachEngine('comment order over HTTP', (engine) => {
  let testApp: TestApp;
  beforeEach(async () => {
    ({ testApp } = await appWithClock(engine));
  });
  afterEach(async () => {
    await testApp.dispose();
  });

  async function releasedAfterArrival() {
    const setup = await openRound(testApp);
    // Arrival order is reverse-alphabetical, so neither arrival nor sorted order can pass for a shuffle.
    for (const name of arrival) await answerThrough(testApp, setup.urlOf(name), signedAnswers(3, name));
    await closeRound(setup);
    return setup;
  }
  const authorsOf = (text: Json) => text.answers.map((answer: string) => answer.split(' ')[0]);

  test('attack: read the comments in the order they arrived', async () => {
    const setup = await releasedAfterArrival();
    const { results } = await leaderView(setup);
    const orders = results.texts.map(authorsOf);
    expect(orders.length).toBeGreaterThanOrEqual(3);
    // Three independent shuffles of five all matching arrival would happen once in 1.7 million.
    expect(orders.every((order: string[]) => order.join() === arrival.join())).toBe(false);
    for (const order of orders) expect([...order].sort()).toEqual([...arrival].sort());
  });

  test('attack: view the same round several times, looking for a stable order that mirrors arrival', async () => {
    const setup = await releasedAfterArrival();
    // A released view may be kept once computed (decision 0039), so looks can repeat one shuffle; what
    // must never happen is a look whose every text follows arrival (1 in 1.7 million by chance).
    for (let look = 0; look < 5; look++) {
      const { results } = await leaderView(setup);
      const orders = results.texts.map((text: Json) => authorsOf(text).join());
      expect(orders.length).toBeGreaterThan(1);
      expect(orders.every((order: string) => order === arrival.join())).toBe(false);
    }
  });

  test('attack: pair each comment with the ratings printed beside it', async () => {
    const setup = await releasedAfterArrival();
    const { results } = await leaderView(setup);
    for (const text of results.texts) {
      expect(Object.keys(text).sort()).toEqual(['answers', 'prompt', 'questionId']);
      for (const answer of text.answers) expect(typeof answer).toBe('string');
    }
    for (const rating of results.ratings) {
      expect(JSON.stringify(rating)).not.toMatch(/ask before deciding/i);
      for (const entry of rating.overall.distribution)
        expect(Object.keys(entry).sort()).toEqual(['count', 'value']);
    }
  });
});

describe('comment order in the release rules', () => {
  const writers = ['a', 'b', 'c', 'd', 'e'];
  const responses = writers.map((writer, index) =>
    responseFrom('direct_report', {
      listening: 1 + index,
      change: index - 2,
      feedforward: `${writer}: feedforward`,
      'follow-up': 'once',
    }),
  );

  test('attack: release the same answers in two arrival orders and look for the difference', () => {
    const forwards = release(responses, seededRandom(7));
    const backwards = release([...responses].reverse(), seededRandom(7));
    expect(backwards.texts).toEqual(forwards.texts);
  });

  test("attack: line up two text questions by position to rebuild each writer's pair of comments", () => {
    const paired = writers.map((writer, index) =>
      responseFrom('peer', {
        feedforward: `${writer} idea`,
        keep: `${writer} keep`,
        listening: 3,
        change: index - 2,
      }),
    );
    const questions = [
      {
        id: 'feedforward',
        kind: 'text',
        prompt: 'Next?',
        maxLength: 500,
        required: false,
        feedforward: true,
      },
      { id: 'keep', kind: 'text', prompt: 'Keep?', maxLength: 500, required: false, feedforward: true },
    ] as const;
    let aligned = 0;
    for (let seed = 0; seed < 200; seed++) {
      const random = seededRandom(seed);
      const first = releaseTextResult(questions[0], paired, random).answers.map((text) => text[0]);
      const second = releaseTextResult(questions[1], paired, random).answers.map((text) => text[0]);
      if (first.join() === second.join()) aligned++;
    }
    // Independent shuffles of five line up about once in 120 tries; a shared order would every time.
    expect(aligned).toBeLessThan(10);
  });
});
