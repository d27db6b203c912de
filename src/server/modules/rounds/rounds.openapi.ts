import { thankYouAnswerSchema, thankYouSentSchema } from '../../../shared/mail';
import {
  addedToRoundSchema,
  addToRoundSchema,
  linksToHandOutSchema,
  openedRoundSchema,
  openRoundSchema,
  roundViewSchema,
  thankYouSchema,
  waitingForApprovalSchema,
} from '../../../shared/rounds';
import {
  declineRoundSchema,
  roundApprovalAnswerSchema,
  roundApprovedSchema,
  waitingRoundListsSchema,
} from '../../../shared/stakeholder-policy';
import { noContent, type RouteGroupDoc } from '../../http/openapi/route-doc';

export const roundsRouteDocs: RouteGroupDoc = {
  name: 'Rounds',
  description: 'Asking stakeholders: listening rounds, pulses and mini-surveys, their results and thanks.',
  routes: [
    {
      method: 'post',
      path: '/api/cycles/:cycleId/rounds',
      summary: 'Open a round; where an admin approves lists, it waits for approval (202).',
      access: 'session',
      body: openRoundSchema,
      responses: {
        201: { description: 'Opened; invitations sent or links to hand out.', schema: openedRoundSchema },
        202: { description: 'Waiting for an admin to approve the list.', schema: waitingForApprovalSchema },
      },
    },
    {
      method: 'get',
      path: '/api/rounds/:roundId',
      summary: 'A round with its progress and, once released, its results.',
      access: 'session',
      responses: { 200: { description: 'The round.', schema: roundViewSchema } },
    },
    {
      method: 'post',
      path: '/api/rounds/:roundId/close',
      summary: 'Close a round early.',
      access: 'session',
      responses: { 204: noContent },
    },
    {
      method: 'post',
      path: '/api/rounds/:roundId/invitations',
      summary: 'Add a stakeholder to an open round.',
      access: 'session',
      body: addToRoundSchema,
      responses: {
        201: { description: 'Added; their link when it is to hand out.', schema: addedToRoundSchema },
      },
    },
    {
      method: 'post',
      path: '/api/rounds/:roundId/links',
      summary: 'Make new links to hand out, for stakeholders who lost theirs.',
      access: 'session',
      responses: { 201: { description: 'The links.', schema: linksToHandOutSchema } },
    },
    {
      method: 'get',
      path: '/api/rounds/:roundId/thank-you',
      summary: "The round's thank-you note, null until sent.",
      access: 'session',
      responses: { 200: { description: 'The note.', schema: thankYouAnswerSchema } },
    },
    {
      method: 'post',
      path: '/api/rounds/:roundId/thank-you',
      summary: 'Thank everyone asked in a round.',
      access: 'session',
      body: thankYouSchema,
      responses: { 200: { description: 'Sent, or to tell by hand.', schema: thankYouSentSchema } },
    },
    {
      method: 'get',
      path: '/api/workspaces/:workspaceId/round-approvals',
      summary: 'Round lists waiting for approval (admins).',
      access: 'session',
      responses: { 200: { description: 'The lists.', schema: waitingRoundListsSchema } },
    },
    {
      method: 'post',
      path: '/api/round-approvals/:approvalId/approve',
      summary: "Approve a round's list; the round opens (admins).",
      access: 'session',
      responses: { 200: { description: 'Approved.', schema: roundApprovedSchema } },
    },
    {
      method: 'post',
      path: '/api/round-approvals/:approvalId/decline',
      summary: "Decline a round's list with a reason (admins).",
      access: 'session',
      body: declineRoundSchema,
      responses: { 204: noContent },
    },
    {
      method: 'get',
      path: '/api/cycles/:cycleId/round-approval',
      summary: "The latest approval of the leader's round list in a cycle, or null.",
      access: 'session',
      responses: { 200: { description: 'The approval.', schema: roundApprovalAnswerSchema } },
    },
  ],
};
