import { memberInvitedSchema } from '../../../shared/mail';
import { stakeholderPolicySchema, workspaceAnswerSchema } from '../../../shared/stakeholder-policy';
import {
  acceptInvitationSchema,
  adminTransferSchema,
  anonymityThresholdSchema,
  createWorkspaceSchema,
  invitationAcceptedSchema,
  invitationListSchema,
  inviteMemberSchema,
  memberListSchema,
  memberRolesSchema,
  outboxSchema,
  workspaceCreatedSchema,
  workspaceListSchema,
  workspaceTimeZoneSchema,
} from '../../../shared/workspaces';
import { noContent, type RouteGroupDoc } from '../../http/openapi/route-doc';

export const workspacesRouteDocs: RouteGroupDoc = {
  name: 'Workspaces',
  description: 'Organizations, their members and invitations, and the settings their admins keep.',
  routes: [
    {
      method: 'get',
      path: '/api/workspaces',
      summary: 'The workspaces the signed-in person belongs to, with their roles.',
      access: 'session',
      responses: { 200: { description: 'The workspaces.', schema: workspaceListSchema } },
    },
    {
      method: 'post',
      path: '/api/workspaces',
      summary: 'Create an organization; its creator becomes its admin.',
      access: 'session',
      body: createWorkspaceSchema,
      responses: { 201: { description: "The new workspace's id.", schema: workspaceCreatedSchema } },
    },
    {
      method: 'get',
      path: '/api/workspaces/:workspaceId',
      summary: 'One workspace, for its members.',
      access: 'session',
      responses: { 200: { description: 'The workspace.', schema: workspaceAnswerSchema } },
    },
    {
      method: 'get',
      path: '/api/workspaces/:workspaceId/members',
      summary: 'The members and their roles (admins).',
      access: 'session',
      responses: { 200: { description: 'The members.', schema: memberListSchema } },
    },
    {
      method: 'put',
      path: '/api/workspaces/:workspaceId/members/:userId/roles',
      summary:
        "Set a member's roles (admins); refused with 409 `last_admin` if the organization would have no admin left.",
      access: 'session',
      body: memberRolesSchema,
      responses: { 204: noContent },
    },
    {
      method: 'delete',
      path: '/api/workspaces/:workspaceId/members/:userId',
      summary:
        'Remove a member (admins); their growth cycles and stakeholders move to their personal workspace.',
      access: 'session',
      responses: { 204: noContent },
    },
    {
      method: 'post',
      path: '/api/workspaces/:workspaceId/admin-transfer',
      summary: 'Hand the admin role to another member and give up your own, in one step (admins).',
      access: 'session',
      body: adminTransferSchema,
      responses: { 204: noContent },
    },
    {
      method: 'post',
      path: '/api/workspaces/:workspaceId/leave',
      summary:
        'Leave an organization; your growth cycles and stakeholders move to your personal workspace. The last admin cannot leave.',
      access: 'session',
      responses: { 204: noContent },
    },
    {
      method: 'get',
      path: '/api/workspaces/:workspaceId/invitations',
      summary: 'Invitations not yet accepted (admins).',
      access: 'session',
      responses: { 200: { description: 'The pending invitations.', schema: invitationListSchema } },
    },
    {
      method: 'post',
      path: '/api/workspaces/:workspaceId/invitations',
      summary: 'Invite someone with a role (admins); held in the outbox without SMTP.',
      access: 'session',
      body: inviteMemberSchema,
      responses: { 200: { description: 'Invited.', schema: memberInvitedSchema } },
    },
    {
      method: 'put',
      path: '/api/workspaces/:workspaceId/anonymity',
      summary: 'Set how many answers a group needs before its results show (admins).',
      access: 'session',
      body: anonymityThresholdSchema,
      responses: { 204: noContent },
    },
    {
      method: 'put',
      path: '/api/workspaces/:workspaceId/time-zone',
      summary: "Set the time zone the workspace's leaders count days in when they chose none (admins).",
      access: 'session',
      body: workspaceTimeZoneSchema,
      responses: { 204: noContent },
    },
    {
      method: 'get',
      path: '/api/workspaces/:workspaceId/outbox',
      summary: 'Messages held for want of SMTP, for admins to send themselves.',
      access: 'session',
      responses: { 200: { description: 'The held messages.', schema: outboxSchema } },
    },
    {
      method: 'post',
      path: '/api/invitations/accept',
      summary: "Join a workspace with an invitation's token.",
      access: 'session',
      body: acceptInvitationSchema,
      responses: { 200: { description: 'Joined.', schema: invitationAcceptedSchema } },
    },
    {
      method: 'put',
      path: '/api/workspaces/:workspaceId/stakeholder-policy',
      summary:
        "Who a leader may ask: allowed email domains, and whether an admin approves each round's list (admins).",
      access: 'session',
      body: stakeholderPolicySchema,
      responses: { 204: noContent },
    },
  ],
};
