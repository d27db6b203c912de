import { assertAnonymityThreshold } from '../../../shared/anonymity-threshold';
import { meanOf, shareAtOrAbove } from './rating-statistics.models';

/** The mini-survey headline: how much more (or less) effective stakeholders find the leader. */
export type PerceivedChangeSummary = {
  n: number;
  mean: number;
  /** Share (0..1) of raters at +1 or better. */
  shareImproved: number;
  realProgress: boolean;
};

/**
 * Summarizes -3..+3 "more or less effective" ratings; null (don't know / not enough contact)
 * does not count. Returns null, hiding the headline, when fewer than k people rated.
 */
export function summarizePerceivedChange(
  values: (number | null)[],
  k: number,
): PerceivedChangeSummary | null {
  assertAnonymityThreshold(k);
  const rated = values.filter((value): value is number => value !== null);
  if (rated.length < k) return null;
  const mean = meanOf(rated);
  return {
    n: rated.length,
    mean,
    shareImproved: shareAtOrAbove(rated, 1),
    // "A net score above +1" is read as the mean rating exceeding +1, not as a share of raters.
    realProgress: mean > 1,
  };
}
