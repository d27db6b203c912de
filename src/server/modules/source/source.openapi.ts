import type { RouteGroupDoc } from '../../http/openapi/route-doc';

export const sourceRouteDocs: RouteGroupDoc = {
  name: 'Source',
  description: 'The AGPL offer of the source code this server runs.',
  routes: [
    {
      method: 'get',
      path: '/source',
      summary: 'The source: a redirect to SOURCE_URL when set, otherwise an archive of the running files.',
      access: 'public',
      responses: {
        200: { description: 'The source archive.', contentType: 'application/gzip' },
        302: { description: 'The source is published at SOURCE_URL.' },
      },
    },
  ],
};
