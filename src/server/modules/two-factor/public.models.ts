// The two-factor module's pure rules other modules use; a model itself, so it loads no database, HTTP or NLP code.
export { maxSecondStepAttempts, pendingSignInLifetimeMs } from './two-factor.models';
