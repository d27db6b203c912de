import { createServer, type IncomingMessage, type RequestListener, type ServerResponse } from 'node:http';
import { getRequestListener } from '@hono/node-server';
import type { Logger } from '../logger';
import { clientAddress } from './client-key';
import { createRefusalPacer } from './refusal-pacer';
import { bodyLimitFor, bodyTooLarge } from './request-limits';

type FetchCallback = Parameters<typeof getRequestListener>[0];
type GuardOptions = { trustedProxies: number; log: Logger; pacer?: ReturnType<typeof createRefusalPacer> };

/** The app's Node HTTP server (not yet listening), with oversized declared bodies refused up front. */
export function createHttpServer(fetch: FetchCallback, hostname: string, options: GuardOptions) {
  const server = createServer(
    refuseDeclaredOversizedBodies(getRequestListener(fetch, { hostname }), options),
  );
  // Node closes an idle kept-alive connection after 5 s, racing a client (or a proxy, whose idle
  // timeout is commonly 60 s) that sends its next request on it: that request fails with a reset.
  // Outliving the other side's timeout leaves the closing to it. Shutdown still drops idle ones.
  server.keepAliveTimeout = keptAliveIdleMs;
  return server;
}

const keptAliveIdleMs = 65_000;

/**
 * Wraps the Node HTTP server's request listener so that a request whose Content-Length already
 * exceeds its route's limit is answered 413 and its connection dropped as soon as its headers are
 * parsed: no byte of the body is read, no Request is built, no middleware runs (issue 11 item 3,
 * decision 0037). A body that does not declare its length is still counted as it streams, by
 * `requestBodyLimit`.
 */
export function refuseDeclaredOversizedBodies(
  listener: RequestListener,
  options: GuardOptions,
): RequestListener {
  const pacer = options.pacer ?? createRefusalPacer(Date.now);
  return (incoming, outgoing) => {
    const limit = bodyLimitFor(pathOf(incoming));
    const declared = Number(incoming.headers['content-length']);
    if (!(declared > limit)) return listener(incoming, outgoing);
    // Nothing more is read: the kernel's buffer fills and the sender's window closes.
    incoming.socket.pause();
    const network = clientAddress(
      incoming.headers['x-forwarded-for']?.toString(),
      incoming.socket.remoteAddress ?? 'unknown',
      options.trustedProxies,
    );
    const plan = pacer.plan(network);
    options.log.info('request', {
      method: incoming.method,
      status: 413,
      refused: 'declared body over limit',
      plan: plan.kind,
    });
    if (plan.kind === 'answer') return refuse(incoming, outgoing, limit);
    if (plan.kind === 'drop') return void incoming.socket.destroy();
    setTimeout(() => {
      pacer.released();
      if (!incoming.socket.destroyed) refuse(incoming, outgoing, limit);
    }, plan.ms);
  };
}

/** Answers 413 and drops the connection once the answer is handed to the kernel. */
function refuse(incoming: IncomingMessage, outgoing: ServerResponse, limit: number) {
  const error = bodyTooLarge(limit);
  const body = JSON.stringify({ error: { code: error.code, message: error.message } });
  outgoing.shouldKeepAlive = false;
  outgoing.writeHead(413, {
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(body),
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    connection: 'close',
  });
  outgoing.end(body, () => incoming.socket.destroy());
}

/** The request's path, without its query, as the app's routes see it. */
function pathOf(incoming: IncomingMessage): string {
  try {
    return new URL(incoming.url ?? '/', 'http://path.invalid').pathname;
  } catch {
    return '/';
  }
}
