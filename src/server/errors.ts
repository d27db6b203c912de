/** What went wrong, in terms the HTTP edge maps to a status; codes are stable for the client. */
export type ErrorKind =
  | 'invalid'
  | 'unauthenticated'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'gone'
  | 'too_large'
  | 'rate_limited'
  | 'misdirected';

export class AppError extends Error {
  constructor(
    readonly kind: ErrorKind,
    readonly code: string,
    message: string,
    readonly field?: string,
    /** Extra members of the error body, e.g. every problem found in an imported file. */
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
  }
}

export const invalid = (code: string, message: string, field?: string) =>
  new AppError('invalid', code, message, field);
export const notFound = (code: string, message: string) => new AppError('not_found', code, message);
export const forbidden = (code: string, message: string, field?: string) =>
  new AppError('forbidden', code, message, field);
export const conflict = (code: string, message: string, field?: string) =>
  new AppError('conflict', code, message, field);
export const gone = (code: string, message: string) => new AppError('gone', code, message);
export const tooLarge = (code: string, message: string) => new AppError('too_large', code, message);
export const unauthenticated = (message = 'Please sign in to continue.') =>
  new AppError('unauthenticated', 'unauthenticated', message);
/** A request for a host name this server does not serve (421 Misdirected Request). */
export const misdirected = (code: string, message: string) => new AppError('misdirected', code, message);
export const rateLimited = (message: string) => new AppError('rate_limited', 'rate_limited', message);
