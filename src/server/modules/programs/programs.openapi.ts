import { createCycleSchema, cycleAnswerSchema } from '../../../shared/cycles';
import {
  acceptProgramInvitationSchema,
  enrollLeadersSchema,
  insightFilterSchema,
  leadersEnrolledSchema,
  myProgramsSchema,
  programAnswerSchema,
  programCreatedSchema,
  programInputSchema,
  programInsightAnswerSchema,
  programInvitationAcceptedSchema,
  programListSchema,
} from '../../../shared/programs';
import { noContent, type RouteGroupDoc } from '../../http/openapi/route-doc';

export const programsRouteDocs: RouteGroupDoc = {
  name: 'Programs',
  description:
    'Cohorts an organization runs: enrollment, the cadence their cycles inherit, and figures that rest on at least k leaders (decision 0042).',
  routes: [
    {
      method: 'get',
      path: '/api/workspaces/:workspaceId/programs',
      summary: "The organization's programs (admins).",
      access: 'session',
      responses: { 200: { description: 'The programs.', schema: programListSchema } },
    },
    {
      method: 'post',
      path: '/api/workspaces/:workspaceId/programs',
      summary: 'Create a program with its dates, coach and cadence (admins).',
      access: 'session',
      body: programInputSchema,
      responses: { 201: { description: "The new program's id.", schema: programCreatedSchema } },
    },
    {
      method: 'get',
      path: '/api/workspaces/:workspaceId/my-programs',
      summary: 'The programs the signed-in leader is enrolled in here.',
      access: 'session',
      responses: { 200: { description: 'The programs.', schema: myProgramsSchema } },
    },
    {
      method: 'get',
      path: '/api/programs/:programId',
      summary: 'One program with who is enrolled (admins); never anyone’s results.',
      access: 'session',
      responses: { 200: { description: 'The program.', schema: programAnswerSchema } },
    },
    {
      method: 'put',
      path: '/api/programs/:programId',
      summary: 'Change a program’s name, dates, coach or cadence (admins); running cycles keep theirs.',
      access: 'session',
      body: programInputSchema,
      responses: { 204: noContent },
    },
    {
      method: 'post',
      path: '/api/programs/:programId/enrollments',
      summary:
        'Invite leaders from a pasted list or CSV of name, email (admins); links come back when nothing is emailed.',
      access: 'session',
      body: enrollLeadersSchema,
      responses: {
        200: { description: 'Who was invited and which lines were skipped.', schema: leadersEnrolledSchema },
      },
    },
    {
      method: 'delete',
      path: '/api/programs/:programId/enrollments/:enrollmentId',
      summary: 'Remove someone from the program (admins); their data stays theirs.',
      access: 'session',
      responses: { 204: noContent },
    },
    {
      method: 'post',
      path: '/api/program-invitations/accept',
      summary: 'Join a program with the link from its invitation.',
      access: 'session',
      body: acceptProgramInvitationSchema,
      responses: { 200: { description: 'Joined.', schema: programInvitationAcceptedSchema } },
    },
    {
      method: 'post',
      path: '/api/programs/:programId/cycles',
      summary: 'Start a growth cycle inside a program the leader is enrolled in; it inherits the cadence.',
      access: 'session',
      body: createCycleSchema,
      responses: { 201: { description: 'Started.', schema: cycleAnswerSchema } },
    },
    {
      method: 'get',
      path: '/api/programs/:programId/insight',
      summary: 'Program figures over groups of at least k leaders (admins); "not enough data" otherwise.',
      access: 'session',
      query: insightFilterSchema,
      responses: { 200: { description: 'The figures.', schema: programInsightAnswerSchema } },
    },
    {
      method: 'get',
      path: '/api/programs/:programId/insight.csv',
      summary: 'The same program figures as a spreadsheet (admins).',
      access: 'session',
      query: insightFilterSchema,
      responses: { 200: { description: 'The CSV file.', contentType: 'text/csv' } },
    },
  ],
};
