// The text module's pure rules other modules use; a model itself, so it loads no database, HTTP or NLP code.
export { contentTokens, displayWord, normalizeShorthand, termOf, termsOfText } from './terms.models';
