// The workspaces module's public surface: other modules import from here (pure rules from public.models.ts), never from its other files.
export { timeZoneOfLeader } from './time-zone.usecases';
export { workspacesRouteDocs } from './workspaces.openapi';
export {
  createOrganization,
  createPersonalWorkspace,
  listMyWorkspaces,
  requireAdmin,
  requireLeader,
  requireMembership,
} from './workspaces.usecases';
