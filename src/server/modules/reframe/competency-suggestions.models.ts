import type { CompetencyMatch } from './competency-ranking.models';

/** More than five choices stops being a suggestion and becomes the framework again. */
export const maxSuggestions = 5;

/**
 * A match scoring under a third of the best one shares only a word or two of weak evidence with the
 * problem. Measured on the labeled problem statements: this keeps the intended competency for 55 of
 * 60 (all five: 57) while suggesting three on average instead of nearly five.
 */
export const weakMatchRatio = 1 / 3;

/**
 * The competencies worth suggesting for a problem, best first: only those sharing words with it,
 * and only those scoring at least a third of the best, at most five. Fewer is better than padding
 * the list with matches the leader would rightly wonder about.
 */
export function strongSuggestions(ranked: readonly CompetencyMatch[]): CompetencyMatch[] {
  const best = ranked.reduce((top, match) => Math.max(top, match.score), 0);
  if (best === 0) return [];
  return ranked
    .filter((match) => match.score > 0 && match.score >= best * weakMatchRatio)
    .slice(0, maxSuggestions);
}
