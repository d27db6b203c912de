import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { AppError, type ErrorKind } from '../errors';
import type { Logger } from '../logger';

const statusOf: Record<ErrorKind, ContentfulStatusCode> = {
  invalid: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  gone: 410,
  too_large: 413,
  rate_limited: 429,
  misdirected: 421,
};

/** Maps domain errors to `{ error: { code, message, field?, ...details } }`; anything else is logged, never shown. */
export function createErrorHandler(log: Logger) {
  return (error: Error, c: Context) => {
    if (error instanceof AppError) {
      const body = {
        error: {
          ...error.details,
          code: error.code,
          message: error.message,
          ...(error.field ? { field: error.field } : {}),
        },
      };
      return c.json(body, statusOf[error.kind]);
    }
    log.error('unhandled error', { requestId: c.get('requestId'), error: error.message, stack: error.stack });
    return c.json(
      {
        error: {
          code: 'internal',
          message: 'Something failed on our side. Try again; if it keeps happening, tell your admin.',
        },
      },
      500,
    );
  };
}
