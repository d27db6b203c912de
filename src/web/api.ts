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

type ErrorBody = { error?: { code?: string; message?: string; field?: string; [key: string]: unknown } };

const unreachable = 'Could not reach Feedforward. Check your connection and try again.';

async function call<T>(method: string, path: string, body: unknown, options: CallOptions): Promise<T> {
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
    throw new ApiError(0, 'network', unreachable);
  }
  if (response.ok) {
    return (response.status === 204 ? undefined : await response.json()) as T;
  }
  const { code, message, field, ...details } =
    ((await response.json().catch(() => ({}))) as ErrorBody).error ?? {};
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
    message ?? `Feedforward answered with an unexpected error (${response.status}). Try again.`,
    field,
    details,
  );
}

// During a navigation the browser still shows the previous page, so the request says where we were going.
function returnPathOf(request: Request | undefined): string {
  const url = new URL(request?.url ?? window.location.href);
  // "?index" only tells the router which route's action a form targets; it is not part of the page.
  url.searchParams.delete('index');
  return url.pathname + url.search;
}

export const apiGet = <T>(path: string, options: CallOptions = {}) =>
  call<T>('GET', path, undefined, options);

export const apiPost = <T = void>(path: string, body: unknown = {}, options: CallOptions = {}) =>
  call<T>('POST', path, body, options);

export const apiPut = <T = void>(path: string, body: unknown, options: CallOptions = {}) =>
  call<T>('PUT', path, body, options);

export const apiDelete = <T = void>(path: string, options: CallOptions = {}) =>
  call<T>('DELETE', path, undefined, options);
