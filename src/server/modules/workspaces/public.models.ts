// The workspaces module's pure rules other modules use; a model itself, so it loads no database, HTTP or NLP code.
export { domainProblem, policyOf } from './stakeholder-policy.models';
export { groupRolesByWorkspace } from './workspaces.models';
