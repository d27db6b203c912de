import type { RatingCount } from '../../../shared/round-results';
/** Plain statistics over ratings that have already passed the k rule; they know nothing of people. */

export function meanOf(values: number[]): number {
  if (values.length === 0) throw new RangeError('The mean of no ratings is undefined');
  return values.reduce((total, value) => total + value, 0) / values.length;
}

/** The share (0..1) of ratings at or above a threshold, e.g. +1 or better on the change scale. */
export function shareAtOrAbove(values: number[], threshold: number): number {
  if (values.length === 0) throw new RangeError('The share of no ratings is undefined');
  return values.filter((value) => value >= threshold).length / values.length;
}

/** How many gave each value from min to max, listing unused values with 0 so charts keep their scale. */
export function distributionOf(values: number[], min: number, max: number): RatingCount[] {
  const distribution: RatingCount[] = [];
  for (let value = min; value <= max; value++) {
    distribution.push({ value, count: values.filter((rated) => rated === value).length });
  }
  return distribution;
}
