/**
 * The reframing assistant: from a problem told in the leader's words, notice whether it is
 * all about other people, and suggest which competencies it points to.
 */
export { type CompetencyMatch, type RankableCompetency, rankCompetencies } from './competency-ranking.models';
export { maxSuggestions, strongSuggestions, weakMatchRatio } from './competency-suggestions.models';
export { analyzeProblemFocus, type ProblemFocus, type ProblemFocusResult } from './problem-focus.models';
