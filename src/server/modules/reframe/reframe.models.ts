/**
 * The reframing assistant: from a problem told in the leader's words, notice whether it is
 * all about other people, and suggest which competencies it points to.
 */
export { type CompetencyMatch, rankCompetencies } from './competency-ranking.models';
export { maxSuggestions, strongSuggestions } from './competency-suggestions.models';
export { analyzeProblemFocus } from './problem-focus.models';
