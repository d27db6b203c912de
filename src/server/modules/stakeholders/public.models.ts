// The stakeholders module's pure rules other modules use; a model itself, so it loads no database, HTTP or NLP code.
export { inboxOf } from './address-twins.models';
export { addressProblem } from './stakeholder-address.models';
export { sortByName } from './stakeholders.models';
