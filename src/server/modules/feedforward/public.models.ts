// The feedforward module's pure rules other modules use; a model itself, so it loads no database, HTTP or NLP code.
export { feedforwardHint } from './feedforward-hints.models';
export { groupIntoThemes, type Theme } from './themes.models';
