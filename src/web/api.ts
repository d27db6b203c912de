import type { ApiErrorBody } from '../shared/api-errors';
import { signInPath } from './return-path';

/** An error the API reported, or a failure to reach it; `field` names the form input it is about. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly field?: string,
    /** Any further members of the error body, e.g. `issues` listing every problem in an imported file. */
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export type CallOptions = {
  /** The loader's or action's request: aborts with it, and is where to come back after signing in. */
  request?: Request;
  /** Most calls need a session and send the person to sign in without one; a few want to know instead. */
  redirectWhenSignedOut?: boolean;
};

/**
 * How the leader's app words the server's English messages (and these) in its language (decision
 * 0052), set when it starts. The answer page leaves them: it says the server's reasons by code, and
 * carries no catalog of them.
 */
let serverText = (english: string) => english;
export function showServerMessagesWith(wording: (english: string) => string) {
  serverText = wording;
}

/**
 * A zod or zod/mini schema from src/shared, seen only through what parsing needs: this module imports
 * no zod of its own, so the answer page, which parses with zod/mini, stays light.
 */
export type AnswerSchema<T> = {
  safeParse: (value: unknown) => { success: true; data: T } | { success: false };
};

/** What a call answering 204 (no body) parses its answer with. */
export const noContent: AnswerSchema<undefined> = {
  safeParse: (value) => (value === undefined ? { success: true, data: undefined } : { success: false }),
};

async function call<T>(
  method: string,
  path: string,
  body: unknown,
  schema: AnswerSchema<T>,
  options: CallOptions,
): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      credentials: 'same-origin',
      headers: {
        accept: 'application/json',
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: options.request?.signal,
    });
  } catch (error) {
    if (options.request?.signal.aborted) throw error;
    throw new ApiError(
      0,
      'network',
      serverText('Could not reach Feedforward. Check your connection and try again.'),
    );
  }
  if (response.ok) return parseAnswer(response, schema);
  const { code, message, field, ...details } = errorOf(await response.json().catch(() => null));
  if (response.status === 401 && options.redirectWhenSignedOut !== false) {
    // The router follows a thrown redirect Response; built by hand (as react-router's redirect() does) so
    // this module does not pull the router into the stakeholder's answer page, which has none.
    throw new Response(null, {
      status: 302,
      headers: { Location: signInPath(returnPathOf(options.request)) },
    });
  }
  throw new ApiError(
    response.status,
    code ?? `http_${response.status}`,
    message === undefined ? unexpectedError(response.status) : serverText(message),
    field,
    details,
  );
}

// The template is worded as a whole, then the status goes where the language put {status}.
const unexpectedError = (status: number) =>
  serverText('Feedforward answered with an unexpected error ({status}). Try again.').replace(
    '{status}',
    String(status),
  );

/**
 * Parses an answer with the schema the OpenAPI document gives it (src/shared), so a page never
 * works on a shape it did not expect: a server that answers otherwise is an error the page shows.
 */
async function parseAnswer<T>(response: Response, schema: AnswerSchema<T>): Promise<T> {
  const json: unknown = response.status === 204 ? undefined : await response.json().catch(() => null);
  const parsed = schema.safeParse(json);
  if (parsed.success) return parsed.data;
  throw new ApiError(
    response.status,
    'unexpected_answer',
    serverText('Feedforward answered in a way this page does not understand. Reload the page and try again.'),
  );
}

/** The `error` member of an error answer (src/shared/api-errors), its parts checked one by one. */
function errorOf(body: unknown): Partial<ApiErrorBody['error']> {
  const error = typeof body === 'object' && body !== null && 'error' in body ? body.error : undefined;
  if (typeof error !== 'object' || error === null) return {};
  const { code, message, field, ...details } = error as Record<string, unknown>;
  return {
    ...details,
    code: typeof code === 'string' ? code : undefined,
    message: typeof message === 'string' ? message : undefined,
    field: typeof field === 'string' ? field : undefined,
  };
}

// During a navigation the browser still shows the previous page, so the request says where we were going.
function returnPathOf(request: Request | undefined): string {
  const url = new URL(request?.url ?? window.location.href);
  // "?index" only tells the router which route's action a form targets; it is not part of the page.
  url.searchParams.delete('index');
  return url.pathname + url.search;
}

export const apiGet = <T>(path: string, schema: AnswerSchema<T>, options: CallOptions = {}) =>
  call('GET', path, undefined, schema, options);

export const apiPost = <T>(path: string, body: unknown, schema: AnswerSchema<T>, options: CallOptions = {}) =>
  call('POST', path, body, schema, options);

export const apiPut = <T>(path: string, body: unknown, schema: AnswerSchema<T>, options: CallOptions = {}) =>
  call('PUT', path, body, schema, options);

export const apiDelete = <T>(path: string, schema: AnswerSchema<T>, options: CallOptions = {}) =>
  call('DELETE', path, undefined, schema, options);
