// The accounts module's pure rules other modules use; a model itself, so it loads no database, HTTP or NLP code.
export { currentUserOf, type SessionPolicy } from './accounts.models';
export { refuseMailingUnverified } from './email-verification.models';
