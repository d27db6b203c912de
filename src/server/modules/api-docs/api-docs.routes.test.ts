import { Validator } from '@seriousme/openapi-schema-validator';
import { Ajv2020 } from 'ajv/dist/2020';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { createTestApp, type TestApp } from '../../../../tests/support/test-app';
import { describeEachEngine } from '../../../../tests/support/test-database';
import { type OpenApiDocument, openApiPath } from '../../http/openapi/openapi-document';

/** Every route the app answers, as `METHOD /path` in OpenAPI's spelling; middleware (`ALL`) is not a route. */
function registeredRoutes(testApp: TestApp): string[] {
  return testApp.app.routes
    .filter((route) => route.method !== 'ALL')
    .map((route) => `${route.method} ${openApiPath(route.path)}`);
}

function documentedRoutes(document: OpenApiDocument): string[] {
  return Object.entries(document.paths).flatMap(([path, operations]) =>
    Object.keys(operations).map((method) => `${method.toUpperCase()} ${path}`),
  );
}

/** Every JSON Schema in the document, wherever it sits. */
function schemasIn(value: unknown, found: unknown[] = []): unknown[] {
  if (typeof value !== 'object' || value === null) return found;
  for (const [key, child] of Object.entries(value)) {
    if (key === 'schema') found.push(child);
    else schemasIn(child, found);
  }
  return found;
}

describeEachEngine('the OpenAPI document', (engine) => {
  let testApp: TestApp;
  let document: OpenApiDocument;
  beforeEach(async () => {
    testApp = await createTestApp(engine);
    const response = await testApp.client().get('/api/openapi.json');
    expect(response.status).toBe(200);
    document = (await response.json()) as OpenApiDocument;
  });
  afterEach(async () => {
    await testApp.dispose();
  });

  test('describes every route the app registers, and no route it does not', () => {
    const registered = registeredRoutes(testApp);
    expect(registered.length).toBeGreaterThan(70);
    expect(registered.filter((route) => !documentedRoutes(document).includes(route))).toEqual([]);
    expect(documentedRoutes(document).filter((route) => !registered.includes(route))).toEqual([]);
  });

  test('says which routes take a personal API token (Authorization: Bearer ffp_…) and which only a session', () => {
    const schemes = (document as unknown as { components: { securitySchemes: Record<string, object> } })
      .components.securitySchemes;
    expect(schemes.apiToken).toMatchObject({ type: 'http', scheme: 'bearer' });
    const securityOf = (path: string, method: string) =>
      (document.paths[path]?.[method] as { security: Record<string, string[]>[] } | undefined)?.security;
    expect(securityOf('/api/cycles/{cycleId}/commitments', 'get')).toEqual([
      { session: [] },
      { apiToken: [] },
    ]);
    expect(securityOf('/api/auth/me', 'get')).toEqual([{ session: [] }, { apiToken: [] }]);
    expect(securityOf('/api/tokens', 'post')).toEqual([{ session: [] }]);
    expect(securityOf('/api/workspaces/{workspaceId}/outbox', 'get')).toEqual([{ session: [] }]);
    expect(securityOf('/api/auth/sso/providers', 'get')).toEqual([]);
  });

  test('is a valid OpenAPI 3.1 document', async () => {
    expect(document.openapi).toBe('3.1.0');
    const result = await new Validator().validate(document);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
  });

  test('holds schemas that are valid JSON Schema 2020-12, the dialect of OpenAPI 3.1', () => {
    const ajv = new Ajv2020({ strict: false });
    const schemas = schemasIn(document.paths);
    expect(schemas.length).toBeGreaterThan(60);
    for (const schema of schemas)
      expect(ajv.validateSchema(schema as object), JSON.stringify(schema)).toBe(true);
  });

  test("documents a route's body with the schema the route parses it with", () => {
    const signUp = document.paths['/api/auth/sign-up']?.post as {
      requestBody: { content: { 'application/json': { schema: { required: string[] } } } };
    };
    expect(signUp.requestBody.content['application/json'].schema.required).toEqual([
      'name',
      'email',
      'password',
    ]);
  });

  test('is readable as a page served by the app, which names every route', async () => {
    const response = await testApp.client().get('/api/reference');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/html');
    const page = await response.text();
    for (const route of documentedRoutes(document)) expect(page).toContain(route.replaceAll('&', '&amp;'));
    expect(page).not.toContain('<script');
    const stylesheet = await testApp.client().get('/api/reference.css');
    expect(stylesheet.headers.get('content-type')).toContain('text/css');
  });
});
