import { describe, expect, test } from 'vitest';
import { distributionOf, meanOf, shareAtOrAbove } from './rating-statistics.models';

describe('rating statistics', () => {
  test('the mean is the plain average of the ratings', () => {
    expect(meanOf([1, 2, 4])).toBeCloseTo(7 / 3);
  });

  test('the share at or above a threshold counts the threshold itself', () => {
    expect(shareAtOrAbove([-1, 0, 1, 2], 1)).toBe(0.5);
  });

  test('a distribution lists every value of the scale, unused ones at zero', () => {
    expect(distributionOf([1, 3, 3], 1, 4)).toEqual([
      { value: 1, count: 1 },
      { value: 2, count: 0 },
      { value: 3, count: 2 },
      { value: 4, count: 0 },
    ]);
  });

  test('no mean or share is made up for an empty set of ratings', () => {
    expect(() => meanOf([])).toThrow(RangeError);
    expect(() => shareAtOrAbove([], 1)).toThrow(RangeError);
  });
});
