import type { RouteGroupDoc } from '../../http/openapi/route-doc';

export const apiDocsRouteDocs: RouteGroupDoc = {
  name: 'API documentation',
  description: 'This document, and a page that reads it.',
  routes: [
    {
      method: 'get',
      path: '/api/openapi.json',
      summary: 'The OpenAPI 3.1 document of every route.',
      access: 'public',
      responses: { 200: { description: 'The document.', contentType: 'application/json' } },
    },
    {
      method: 'get',
      path: '/api/reference',
      summary: 'The same document as a page to read.',
      access: 'public',
      responses: { 200: { description: 'The reference page.', contentType: 'text/html' } },
    },
    {
      method: 'get',
      path: '/api/reference.css',
      summary: "The reference page's stylesheet.",
      access: 'public',
      responses: { 200: { description: 'The stylesheet.', contentType: 'text/css' } },
    },
  ],
};
