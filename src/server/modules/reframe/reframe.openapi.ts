import { reframeRequestSchema, reframeSuggestionSchema } from '../../../shared/reframe';
import type { RouteGroupDoc } from '../../http/openapi/route-doc';

export const reframeRouteDocs: RouteGroupDoc = {
  name: 'Reframe',
  description: 'Turning a problem into a goal to grow toward.',
  routes: [
    {
      method: 'post',
      path: '/api/workspaces/:workspaceId/reframe',
      summary: "Suggest goals and competencies of the workspace's framework for a problem; nothing is saved.",
      access: 'session',
      body: reframeRequestSchema,
      responses: { 200: { description: 'The suggestion.', schema: reframeSuggestionSchema } },
    },
  ],
};
