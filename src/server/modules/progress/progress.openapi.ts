import { cycleProgressAnswerSchema } from '../../../shared/progress';
import type { RouteGroupDoc } from '../../http/openapi/route-doc';

export const progressRouteDocs: RouteGroupDoc = {
  name: 'Progress',
  description: 'How a cycle is going: change figures, mini-survey trends, practice effort.',
  routes: [
    {
      method: 'get',
      path: '/api/cycles/:cycleId/progress',
      summary: "A cycle's progress.",
      access: 'session',
      responses: { 200: { description: 'The progress.', schema: cycleProgressAnswerSchema } },
    },
    {
      method: 'get',
      path: '/api/cycles/:cycleId/progress.csv',
      summary: "A cycle's progress as a spreadsheet.",
      access: 'session',
      responses: { 200: { description: 'The CSV file.', contentType: 'text/csv' } },
    },
  ],
};
