import { describe, expect, test } from 'vitest';
import { summarizePerceivedChange } from './change-summary.models';

describe('summarizePerceivedChange', () => {
  test('the headline stays hidden when fewer than k people rated', () => {
    expect(summarizePerceivedChange([2, 1], 3)).toBeNull();
  });

  test('not enough contact to judge does not count toward k', () => {
    expect(summarizePerceivedChange([2, 1, null, null], 3)).toBeNull();
  });

  test('the headline gives the number of raters, the mean and the share at +1 or better', () => {
    expect(summarizePerceivedChange([3, 1, 0, -1, null], 3)).toEqual({
      n: 4,
      mean: 0.75,
      shareImproved: 0.5,
      realProgress: false,
    });
  });

  test('real progress means a mean above +1', () => {
    expect(summarizePerceivedChange([2, 1, 1], 3)?.realProgress).toBe(true);
    expect(summarizePerceivedChange([1, 1, 1], 3)?.realProgress).toBe(false);
  });

  test('a threshold below the floor of 3 is refused', () => {
    expect(() => summarizePerceivedChange([1, 1], 2)).toThrow(RangeError);
  });
});
