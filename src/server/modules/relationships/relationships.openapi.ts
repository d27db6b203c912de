import {
  relationshipNoteAnswerSchema,
  relationshipNoteSchema,
  relationshipsMapSchema,
} from '../../../shared/relationships';
import type { RouteGroupDoc } from '../../http/openapi/route-doc';

export const relationshipsRouteDocs: RouteGroupDoc = {
  name: 'Relationships',
  description: "A leader's map of how each group of stakeholders sees them, with private notes.",
  routes: [
    {
      method: 'get',
      path: '/api/workspaces/:workspaceId/relationships',
      summary: "The signed-in leader's relationships map.",
      access: 'session',
      responses: { 200: { description: 'The map.', schema: relationshipsMapSchema } },
    },
    {
      method: 'put',
      path: '/api/stakeholders/:stakeholderId/note',
      summary: 'Keep a private note on a stakeholder.',
      access: 'session',
      body: relationshipNoteSchema,
      responses: {
        200: { description: 'Kept; null when the note was cleared.', schema: relationshipNoteAnswerSchema },
      },
    },
  ],
};
