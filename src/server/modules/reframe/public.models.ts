// The reframe module's pure rules other modules use; a model itself, so it loads no database, HTTP or NLP code.
export { type RankableCompetency, rankCompetencies } from './competency-ranking.models';
export { analyzeProblemFocus } from './problem-focus.models';
