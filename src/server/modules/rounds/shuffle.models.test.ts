import { describe, expect, test } from 'vitest';
import { shuffle } from './shuffle.models';

/** A random source that replays the given draws, so a shuffle can be checked exactly. */
function replaying(draws: number[]): () => number {
  let next = 0;
  return () => draws[next++] ?? 0;
}

describe('shuffle', () => {
  test('a shuffle keeps every item exactly once', () => {
    const items = ['a', 'b', 'c', 'd', 'e'];
    expect(shuffle(items, Math.random).sort()).toEqual(items);
  });

  test('a shuffle leaves its input untouched', () => {
    const items = ['a', 'b', 'c'];
    shuffle(items, replaying([0, 0]));
    expect(items).toEqual(['a', 'b', 'c']);
  });

  test('every order of three items comes from exactly one pair of draws', () => {
    const orders = new Set<string>();
    for (const first of [0, 1, 2]) {
      for (const second of [0, 1]) {
        const draws = [(first + 0.5) / 3, (second + 0.5) / 2];
        orders.add(shuffle(['a', 'b', 'c'], replaying(draws)).join(''));
      }
    }
    expect(orders.size).toBe(6);
  });

  test('the same draws give the same order', () => {
    const draws = [0.7, 0.2, 0.9, 0.4];
    expect(shuffle([1, 2, 3, 4, 5], replaying(draws))).toEqual(shuffle([1, 2, 3, 4, 5], replaying(draws)));
  });

  test('a random source outside [0, 1) is refused', () => {
    expect(() => shuffle([1, 2], () => 1)).toThrow(RangeError);
    expect(() => shuffle([1, 2], () => Number.NaN)).toThrow(RangeError);
  });
});
