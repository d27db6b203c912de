import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';

function peerAddress(c: Context): string {
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    // In-process test requests have no socket.
    return 'unknown';
  }
}

/**
 * The client's address, used only as a rate-limit key (stored hashed). Behind `trustedProxies`
 * reverse proxies, each of which appends the address it was reached from to X-Forwarded-For, the
 * client is the entry the outermost trusted proxy added; entries before it are whatever the client
 * sent and are never trusted. With no trusted proxy the header is ignored, so it cannot be forged.
 */
export function createClientKey(trustedProxies: number) {
  return (c: Context): string =>
    clientAddress(c.req.header('x-forwarded-for'), peerAddress(c), trustedProxies);
}

/** `createClientKey`'s rule over raw values, for code that runs before the app has a Context. */
export function clientAddress(
  forwardedFor: string | undefined,
  peer: string,
  trustedProxies: number,
): string {
  if (trustedProxies === 0) return peer;
  const forwarded = (forwardedFor ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
  const chain = [...forwarded, peer];
  return chain[Math.max(0, chain.length - 1 - trustedProxies)] as string;
}
