import { z } from 'zod';
import { apiErrorBodySchema } from '../../../shared/api-errors';
import { isSessionOnlyPath } from '../../modules/api-tokens/api-tokens.models';
import type { RouteDoc, RouteGroupDoc } from './route-doc';

type JsonObject = Record<string, unknown>;

export type OpenApiDocument = {
  openapi: '3.1.0';
  info: {
    title: string;
    version: string;
    description: string;
    license: { name: string; identifier: string };
  };
  servers: { url: string }[];
  tags: { name: string; description: string }[];
  paths: Record<string, Record<string, JsonObject>>;
  components: JsonObject;
};

/** `/api/rounds/:roundId` as OpenAPI spells it: `/api/rounds/{roundId}`. */
export const openApiPath = (honoPath: string) => honoPath.replace(/:(\w+)/g, '{$1}');

const pathParameterNames = (honoPath: string) =>
  [...honoPath.matchAll(/:(\w+)/g)].map((match) => match[1] ?? '');

/**
 * JSON Schema 2020-12, the dialect OpenAPI 3.1 uses. Requests are described as the client sends them
 * (before defaults and transforms), answers as the server sends them. A transform has no JSON Schema
 * and becomes `{}`, which accepts anything: the route still checks it.
 */
function jsonSchema(schema: z.core.$ZodType, io: 'input' | 'output'): JsonObject {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, {
    io,
    unrepresentable: 'any',
    cycles: 'throw',
  });
  return rest;
}

function parameters(route: RouteDoc): JsonObject[] {
  const paramSchemas = route.params ? (jsonSchema(route.params, 'input').properties as JsonObject) : {};
  const inPath = pathParameterNames(route.path).map((name) => ({
    name,
    in: 'path',
    required: true,
    schema: paramSchemas[name] ?? { type: 'string' },
  }));
  if (!route.query) return inPath;
  const query = jsonSchema(route.query, 'input');
  const required = new Set((query.required as string[] | undefined) ?? []);
  const inQuery = Object.entries((query.properties as JsonObject) ?? {}).map(([name, schema]) => ({
    name,
    in: 'query',
    required: required.has(name),
    schema,
  }));
  return [...inPath, ...inQuery];
}

/** A signed-in route also takes a personal API token, unless tokens are kept out of it (decision 0036). */
function security(route: RouteDoc) {
  if (route.access === 'public') return [];
  if (route.access === 'answer-link') return [{ answerLink: [] }];
  return isSessionOnlyPath(route.method, route.path)
    ? [{ session: [] }]
    : [{ session: [] }, { apiToken: [] }];
}

function operation(group: RouteGroupDoc, route: RouteDoc): JsonObject {
  const responses: JsonObject = {};
  for (const [status, response] of Object.entries(route.responses)) {
    const content = response.schema
      ? { 'application/json': { schema: jsonSchema(response.schema, 'output') } }
      : response.contentType
        ? { [response.contentType]: {} }
        : undefined;
    responses[status] = { description: response.description, ...(content ? { content } : {}) };
  }
  responses.default = { $ref: '#/components/responses/Error' };
  const params = parameters(route);
  return {
    operationId: `${route.method}${openApiPath(route.path).replace(/[^A-Za-z0-9]+(.)?/g, (_, c = '') => c.toUpperCase())}`,
    summary: route.summary,
    tags: [group.name],
    security: security(route),
    ...(params.length ? { parameters: params } : {}),
    ...(route.body
      ? {
          requestBody: {
            required: true,
            content: { 'application/json': { schema: jsonSchema(route.body, 'input') } },
          },
        }
      : {}),
    responses,
  };
}

/** The OpenAPI 3.1 document of every route, built from the route groups' own schemas. */
export function buildOpenApiDocument(groups: readonly RouteGroupDoc[], baseUrl: string): OpenApiDocument {
  const paths: OpenApiDocument['paths'] = {};
  for (const group of groups) {
    for (const route of group.routes) {
      const path = openApiPath(route.path);
      paths[path] ??= {};
      paths[path][route.method] = operation(group, route);
    }
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Feedforward API',
      version: '1',
      description:
        'The HTTP API the Feedforward web client uses. Requests that change something must come from the ' +
        "app's own origin (the Origin header is checked), and answers are JSON unless a route says otherwise.",
      license: { name: 'AGPL-3.0-or-later', identifier: 'AGPL-3.0-or-later' },
    },
    servers: [{ url: baseUrl }],
    tags: groups.map(({ name, description }) => ({ name, description })),
    paths,
    components: {
      securitySchemes: {
        session: {
          type: 'apiKey',
          in: 'cookie',
          name: 'ff_session',
          description: 'Set by signing in (named __Host-ff_session over https).',
        },
        apiToken: {
          type: 'http',
          scheme: 'bearer',
          description:
            'A personal API token (ffp_…) made at /api/tokens: the read scope allows GET, write the other methods, ' +
            'workspace-admin what an admin may do.',
        },
        answerLink: {
          type: 'apiKey',
          in: 'cookie',
          name: 'ff_answer',
          description: "Set by opening a stakeholder's answer link (GET /a/{token}).",
        },
      },
      responses: {
        Error: {
          description: 'An error: its code says which, its message says it in words, field names the input.',
          content: { 'application/json': { schema: jsonSchema(apiErrorBodySchema, 'output') } },
        },
      },
    },
  };
}
