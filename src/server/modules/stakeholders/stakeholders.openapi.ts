import {
  bulkStakeholdersResultSchema,
  bulkStakeholdersSchema,
  stakeholderAnswerSchema,
  stakeholderInputSchema,
  stakeholderListSchema,
} from '../../../shared/stakeholders';
import { noContent, type RouteGroupDoc } from '../../http/openapi/route-doc';

export const stakeholdersRouteDocs: RouteGroupDoc = {
  name: 'Stakeholders',
  description: 'The people a leader asks for feedforward.',
  routes: [
    {
      method: 'get',
      path: '/api/workspaces/:workspaceId/stakeholders',
      summary: "The signed-in leader's stakeholders in a workspace.",
      access: 'session',
      responses: { 200: { description: 'The stakeholders.', schema: stakeholderListSchema } },
    },
    {
      method: 'post',
      path: '/api/workspaces/:workspaceId/stakeholders',
      summary: 'Add one stakeholder.',
      access: 'session',
      body: stakeholderInputSchema,
      responses: { 201: { description: 'Added.', schema: stakeholderAnswerSchema } },
    },
    {
      method: 'post',
      path: '/api/workspaces/:workspaceId/stakeholders/bulk',
      summary: 'Add stakeholders from pasted lines; lines that fail are answered with their reasons.',
      access: 'session',
      body: bulkStakeholdersSchema,
      responses: {
        200: {
          description: 'What was added and which lines were not.',
          schema: bulkStakeholdersResultSchema,
        },
      },
    },
    {
      method: 'put',
      path: '/api/stakeholders/:stakeholderId',
      summary: 'Change a stakeholder.',
      access: 'session',
      body: stakeholderInputSchema,
      responses: { 200: { description: 'Changed.', schema: stakeholderAnswerSchema } },
    },
    {
      method: 'delete',
      path: '/api/stakeholders/:stakeholderId',
      summary: 'Remove a stakeholder.',
      access: 'session',
      responses: { 204: noContent },
    },
  ],
};
