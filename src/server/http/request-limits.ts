import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { tooLarge } from '../errors';

const kilobyte = 1024;
/** Every form the app has fits many times over; only a framework file may be larger. */
export const bodyLimitBytes = 100 * kilobyte;
const frameworkFileLimitBytes = 2 * 1024 * kilobyte;
/** No request body the app accepts nests deeper than a few levels; walking a deeper one could overflow the stack. */
export const maxJsonDepth = 32;

/** The largest body a request to `path` may carry: only a framework file is larger than a form. */
export function bodyLimitFor(path: string): number {
  return /^\/api\/workspaces\/[^/]+\/framework$/.test(path) ? frameworkFileLimitBytes : bodyLimitBytes;
}

export const bodyTooLarge = (maxSize: number) =>
  tooLarge('body_too_large', `The request body is larger than ${maxSize / kilobyte} kB.`);

/**
 * Refuses an oversized body with 413 while it streams in, before anything reads it into memory:
 * four 200 MB bodies once took the process from 150 MB to 1.8 GB. The refusal closes the connection.
 * A body that declares its size up front is refused earlier still, by `refuseDeclaredOversizedBodies`.
 */
export function requestBodyLimit(): MiddlewareHandler {
  const limitTo = (maxSize: number) =>
    bodyLimit({
      maxSize,
      onError: (c) => {
        // Closing the connection stops the server from reading and discarding the rest of the body
        // to keep the connection alive, which is what an attacker's 200 MB bodies would cost.
        c.header('Connection', 'close');
        throw bodyTooLarge(maxSize);
      },
    });
  const forms = limitTo(bodyLimitBytes);
  const frameworkFile = limitTo(frameworkFileLimitBytes);
  return (c, next) => {
    // The Node adapter gives a GET or HEAD no body to read, and asking for one would build a full
    // Request with its streams on every page read (issue 14).
    if (c.req.method === 'GET' || c.req.method === 'HEAD') return next();
    return bodyLimitFor(c.req.path) === bodyLimitBytes ? forms(c, next) : frameworkFile(c, next);
  };
}

/** Whether a parsed JSON value nests deeper than `limit`, found without recursion. */
export function nestsDeeperThan(value: unknown, limit: number): boolean {
  const pending: { value: unknown; depth: number }[] = [{ value, depth: 0 }];
  while (pending.length > 0) {
    const next = pending.pop() as { value: unknown; depth: number };
    if (typeof next.value !== 'object' || next.value === null) continue;
    if (next.depth >= limit) return true;
    for (const child of Object.values(next.value)) pending.push({ value: child, depth: next.depth + 1 });
  }
  return false;
}
