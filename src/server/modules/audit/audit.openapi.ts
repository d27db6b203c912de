import { auditFilterSchema, auditLogSchema } from '../../../shared/audit';
import type { RouteGroupDoc } from '../../http/openapi/route-doc';

export const auditRouteDocs: RouteGroupDoc = {
  name: 'Audit log',
  description:
    'What admins and members did in an organization: who, what, when. Never answers or who gave them.',
  routes: [
    {
      method: 'get',
      path: '/api/workspaces/:workspaceId/audit',
      summary:
        'The newest 200 entries matching the filters, with the actions and actors to filter by (admins).',
      access: 'session',
      query: auditFilterSchema,
      responses: { 200: { description: 'The entries.', schema: auditLogSchema } },
    },
    {
      method: 'get',
      path: '/api/workspaces/:workspaceId/audit.csv',
      summary: 'Every entry matching the filters as a spreadsheet (admins); the export is itself logged.',
      access: 'session',
      query: auditFilterSchema,
      responses: { 200: { description: 'The CSV file.', contentType: 'text/csv' } },
    },
  ],
};
