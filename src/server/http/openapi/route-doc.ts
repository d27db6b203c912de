import type { z } from 'zod';

export type HttpMethod = 'get' | 'post' | 'put' | 'delete' | 'patch';

/**
 * Who may call a route: anyone, anyone with a session cookie, or a stakeholder holding an answer
 * link's cookie. What a session's roles allow is said in the summary and checked by the use case.
 */
export type RouteAccess = 'public' | 'session' | 'answer-link';

export type ResponseDoc = {
  description: string;
  /**
   * The JSON body; without one, the response has no body (204) or is not JSON (see `contentType`).
   * A zod or zod/mini schema (the answer page's are mini, to stay light).
   */
  schema?: z.core.$ZodType;
  /** For a body that is not JSON, e.g. a CSV or zip download, or an HTML page. */
  contentType?: string;
};

/**
 * One route as the OpenAPI document describes it. Its schemas are the very ones the route parses its
 * input with, and those the web client parses the answer with, so the document cannot drift from either.
 */
export type RouteDoc = {
  method: HttpMethod;
  /** Hono's spelling, with `:name` parameters, exactly as the route is registered. */
  path: string;
  summary: string;
  access: RouteAccess;
  /** Path parameters that are checked beyond being a string. */
  params?: z.ZodObject;
  query?: z.ZodObject;
  body?: z.ZodType;
  responses: Record<number, ResponseDoc>;
};

/** The routes of one module, shown together under one heading. */
export type RouteGroupDoc = { name: string; description: string; routes: RouteDoc[] };

export const noContent: ResponseDoc = { description: 'Done; no body.' };
