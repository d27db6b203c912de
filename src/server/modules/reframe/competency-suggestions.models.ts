import type { CompetencyMatch } from './competency-ranking.models';

/** More than five choices stops being a suggestion and becomes the framework again. */
export const maxSuggestions = 5;

/**
 * A match scoring under a quarter of the best one has only weak evidence for it: a word or two
 * shared with the problem, or the model finding it far less likely than the best. Measured on the
 * held-out problem statements (competency.held-out-data, competency-holdout): this suggests two
 * to three and a half on average and never drops the intended competency from the top three.
 * (A third, chosen when only shared words counted, left a single suggestion too often once the
 * model's sure reading of a problem counted too.)
 */
export const weakMatchRatio = 1 / 4;

/**
 * The competencies worth suggesting for a problem, best first: only those with some evidence for
 * them, and only those scoring at least a quarter of the best, at most five. Fewer is better than padding
 * the list with matches the leader would rightly wonder about.
 */
export function strongSuggestions(ranked: readonly CompetencyMatch[]): CompetencyMatch[] {
  const best = ranked.reduce((top, match) => Math.max(top, match.score), 0);
  if (best === 0) return [];
  return ranked
    .filter((match) => match.score > 0 && match.score >= best * weakMatchRatio)
    .slice(0, maxSuggestions);
}
