import {
  acceptCoachingSchema,
  coachDashboardSchema,
  coacheeViewSchema,
  coachInvitedSchema,
  coachingAcceptedSchema,
  coachingCommentSchema,
  commentAnswerSchema,
  commentListSchema,
  inviteCoachSchema,
  leadersCoachListSchema,
  programCoachAcceptedSchema,
  programCoachOffersSchema,
  shareAnswerSchema,
  shareableListSchema,
  shareItemSchema,
} from '../../../shared/coaching';
import { noContent, type RouteGroupDoc } from '../../http/openapi/route-doc';

export const coachingRouteDocs: RouteGroupDoc = {
  name: 'Coaching',
  description:
    'A leader invites a coach and can end their access at any time; the coach sees, while the consent is active, the goal, stage, commitments, released figures, follow-up and practice streaks, and only the private notes the leader shares one by one.',
  routes: [
    {
      method: 'get',
      path: '/api/coaching/coaches',
      summary: "The signed-in leader's coaches and invitations, in every workspace.",
      access: 'session',
      responses: { 200: { description: 'The coaches.', schema: leadersCoachListSchema } },
    },
    {
      method: 'post',
      path: '/api/workspaces/:workspaceId/coaches',
      summary:
        'A leader of the workspace invites a coach by email. With SMTP the link is mailed; without, the answer holds the link for the leader to pass on, and nothing is mailed.',
      access: 'session',
      body: inviteCoachSchema,
      responses: { 201: { description: 'Invited.', schema: coachInvitedSchema } },
    },
    {
      method: 'post',
      path: '/api/coaching/accept',
      summary: 'The invited person accepts, signed in with the invited address; access starts now.',
      access: 'session',
      body: acceptCoachingSchema,
      responses: { 200: { description: 'Accepted.', schema: coachingAcceptedSchema } },
    },
    {
      method: 'delete',
      path: '/api/coaching/:coachingId',
      summary:
        "The leader ends a coach's access (or withdraws the invitation), effective with the next request.",
      access: 'session',
      responses: { 204: noContent },
    },
    {
      method: 'get',
      path: '/api/coaching/coachees',
      summary: 'The coach dashboard: each consenting coachee, their cycles and what needs attention.',
      access: 'session',
      responses: { 200: { description: 'The coachees.', schema: coachDashboardSchema } },
    },
    {
      method: 'get',
      path: '/api/coaching/:coachingId/coachee',
      summary: 'What the coach may see of one consenting coachee; 404 for anyone else, and after revocation.',
      access: 'session',
      responses: { 200: { description: 'The coachee.', schema: coacheeViewSchema } },
    },
    {
      method: 'get',
      path: '/api/coaching/:coachingId/comments',
      summary: 'The comments between the leader and their coach (the coach only while access is active).',
      access: 'session',
      responses: { 200: { description: 'The comments, oldest first.', schema: commentListSchema } },
    },
    {
      method: 'post',
      path: '/api/coaching/:coachingId/comments',
      summary: 'The coach comments, or the leader answers, while access is active.',
      access: 'session',
      body: coachingCommentSchema,
      responses: { 201: { description: 'Added.', schema: commentAnswerSchema } },
    },
    {
      method: 'get',
      path: '/api/coaching/:coachingId/shareable',
      summary: "The leader's private notes in the workspace and which are shared with this coach.",
      access: 'session',
      responses: { 200: { description: 'The notes.', schema: shareableListSchema } },
    },
    {
      method: 'post',
      path: '/api/coaching/:coachingId/shares',
      summary: 'The leader shares one private note with this coach.',
      access: 'session',
      body: shareItemSchema,
      responses: { 201: { description: 'Shared.', schema: shareAnswerSchema } },
    },
    {
      method: 'delete',
      path: '/api/coaching/:coachingId/shares/:shareId',
      summary: 'The leader stops sharing one note; the coach no longer sees it.',
      access: 'session',
      responses: { 204: noContent },
    },
    {
      method: 'get',
      path: '/api/workspaces/:workspaceId/program-coaches',
      summary:
        'The coaches assigned to the programs the signed-in leader is enrolled in, less those who already have access or an open invitation from them. Being offered grants nothing.',
      access: 'session',
      responses: { 200: { description: 'The offers.', schema: programCoachOffersSchema } },
    },
    {
      method: 'post',
      path: '/api/programs/:programId/coach-access',
      summary:
        "An enrolled leader gives the program's assigned coach access, active now and revocable like any other; only the leader can.",
      access: 'session',
      responses: { 201: { description: 'Access given.', schema: programCoachAcceptedSchema } },
    },
  ],
};
