// The progress module's pure rules other modules use; a model itself, so it loads no database, HTTP or NLP code.
export { isChangeResult } from './progress.models';
