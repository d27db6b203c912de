import { describe, expect, test } from 'vitest';
import { release, responseFrom, seededRandom, threeDirectReports } from './release.fixtures';

describe('free text', () => {
  test('texts carry nothing but the answers themselves', () => {
    const [texts] = release(threeDirectReports).texts;
    expect(Object.keys(texts ?? {}).sort()).toEqual(['answers', 'prompt', 'questionId']);
    expect(texts?.answers.sort()).toEqual(['Ask before deciding', 'Pause in meetings', 'Summarize back']);
  });

  test('empty and blank answers are left out', () => {
    const round = [
      ...threeDirectReports,
      responseFrom('peer', { feedforward: '' }),
      responseFrom('peer', { feedforward: '   ' }),
    ];
    expect(release(round).texts[0]?.answers).toHaveLength(3);
  });

  test('texts are shuffled with the injected random source', () => {
    const orders = new Set(
      [1, 2, 3, 4, 5, 6, 7, 8].map((seed) =>
        release(threeDirectReports, seededRandom(seed)).texts[0]?.answers.join(),
      ),
    );
    expect(orders.size).toBeGreaterThan(1);
  });

  test('text order does not follow response order', () => {
    const reversed = [...threeDirectReports].reverse();
    expect(release(reversed, seededRandom(7)).texts).toEqual(
      release(threeDirectReports, seededRandom(7)).texts,
    );
  });

  test('two people writing the same text both appear', () => {
    const same = threeDirectReports.map((response) => ({
      ...response,
      answers: { feedforward: 'Listen more' },
    }));
    expect(release(same).texts[0]?.answers).toEqual(['Listen more', 'Listen more', 'Listen more']);
  });
});
