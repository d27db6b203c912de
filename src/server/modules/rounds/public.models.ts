// The rounds module's pure rules other modules use; a model itself, so it loads no database, HTTP or NLP code.
export { checkAnswers } from './answers-validation.models';
export { releaseChangeSummaries } from './change-summaries.models';
export {
  changeQuestionPrefix,
  followUpQuestionPrefix,
  miniSurveyFeedforwardId,
} from './mini-survey-questions.models';
export { releaseRoundResults } from './release.models';
export { isBeforeClosing } from './round-schedule.models';
export { answersOf, questionsOf, roundForRelease } from './stored-round.models';
