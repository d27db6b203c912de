import { deleteAccountSchema, retentionAnswerSchema, retentionSchema } from '../../../shared/data-rights';
import { noContent, type RouteGroupDoc } from '../../http/openapi/route-doc';

export const dataRightsRouteDocs: RouteGroupDoc = {
  name: 'Data rights',
  description: 'Exporting and deleting your own data, and how long a workspace keeps answers.',
  routes: [
    {
      method: 'get',
      path: '/api/account/export',
      summary: 'Everything stored about the signed-in person, as a zip file.',
      access: 'session',
      responses: { 200: { description: 'The archive.', contentType: 'application/zip' } },
    },
    {
      method: 'post',
      path: '/api/account/delete',
      summary: 'Delete the signed-in account and its data.',
      access: 'session',
      body: deleteAccountSchema,
      responses: { 204: noContent },
    },
    {
      method: 'get',
      path: '/api/workspaces/:workspaceId/retention',
      summary: 'How many months the workspace keeps answers (admins).',
      access: 'session',
      responses: { 200: { description: 'The retention.', schema: retentionAnswerSchema } },
    },
    {
      method: 'put',
      path: '/api/workspaces/:workspaceId/retention',
      summary: 'Set how long answers are kept (admins).',
      access: 'session',
      body: retentionSchema,
      responses: { 204: noContent },
    },
  ],
};
