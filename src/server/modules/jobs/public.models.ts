// The jobs module's pure rules other modules use; a model itself, so it loads no database, HTTP or NLP code.
export { JobPostponed, maxJobAttempts } from './jobs.models';
