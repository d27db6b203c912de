import {
  activeFrameworkSchema,
  frameworkFileSchema,
  frameworkHistorySchema,
  frameworkVersionSavedSchema,
  saveFrameworkVersionSchema,
} from '../../../shared/framework';
import { noContent, type RouteGroupDoc } from '../../http/openapi/route-doc';

export const frameworksRouteDocs: RouteGroupDoc = {
  name: 'Frameworks',
  description: "A workspace's leadership framework: the competencies leaders pick goals from.",
  routes: [
    {
      method: 'get',
      path: '/api/workspaces/:workspaceId/framework',
      summary: "The workspace's framework, imported or the built-in one.",
      access: 'session',
      responses: { 200: { description: 'The framework.', schema: activeFrameworkSchema } },
    },
    {
      method: 'put',
      path: '/api/workspaces/:workspaceId/framework',
      summary: 'Import a framework file (admins); a bad file answers every problem in `issues`.',
      access: 'session',
      body: frameworkFileSchema,
      responses: { 204: noContent },
    },
    {
      method: 'delete',
      path: '/api/workspaces/:workspaceId/framework',
      summary: 'Go back to the built-in framework (admins).',
      access: 'session',
      responses: { 204: noContent },
    },
    {
      method: 'get',
      path: '/api/workspaces/:workspaceId/framework/versions',
      summary:
        'Every saved version of the framework, newest first, with what changed and who saved it (admins).',
      access: 'session',
      responses: { 200: { description: 'The versions.', schema: frameworkHistorySchema } },
    },
    {
      method: 'post',
      path: '/api/workspaces/:workspaceId/framework/versions',
      summary:
        'Save an edited framework as the next version (admins); 409 `framework_changed` if another version was saved since `baseVersion`.',
      access: 'session',
      body: saveFrameworkVersionSchema,
      responses: { 201: { description: 'The new version number.', schema: frameworkVersionSavedSchema } },
    },
  ],
};
