import type { Hono } from 'hono';
import type { AppEnv, RouteDeps } from '../../http/app-env';
import { buildOpenApiDocument } from '../../http/openapi/openapi-document';
import { referenceStylesheet, renderReferencePage } from './reference-page';
import { routeGroups } from './route-groups';

export function registerApiDocsRoutes(app: Hono<AppEnv>, deps: RouteDeps) {
  // Built on first request, not at start-up: most processes are never asked for it.
  let document: ReturnType<typeof buildOpenApiDocument> | undefined;
  let page: string | undefined;
  const openApiDocument = () => {
    document ??= buildOpenApiDocument(routeGroups, deps.config.BASE_URL);
    return document;
  };

  app.get('/api/openapi.json', (c) => c.json(openApiDocument()));

  app.get('/api/reference', (c) => {
    page ??= renderReferencePage(openApiDocument());
    return c.html(page);
  });

  app.get('/api/reference.css', (c) => {
    c.header('Content-Type', 'text/css; charset=utf-8');
    return c.body(referenceStylesheet);
  });
}
