import http from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import type { VettedTarget } from './webhook-target';

export type SendOutcome = { responseCode: number } | { error: string };

/** Answers beyond this are not read: only the status matters. */
const maxResponseBytes = 64 * 1024;

/**
 * POSTs `body` to the vetted address only (the URL's name is kept for TLS and the Host header).
 * Redirects are not followed: a 3xx is a failed delivery, so a receiver cannot send us elsewhere.
 */
export function postWebhook(
  target: VettedTarget,
  body: string | Buffer,
  headers: Record<string, string>,
  timeoutMs: number,
): Promise<SendOutcome> {
  const pinned: LookupFunction = (_hostname, options, callback) => {
    if (options.all) callback(null, [{ address: target.address, family: target.family }]);
    else callback(null, target.address, target.family);
  };
  const transport = target.url.protocol === 'https:' ? https : http;
  return new Promise((resolve) => {
    const request = transport.request(
      target.url,
      {
        method: 'POST',
        headers: { ...headers, 'content-length': Buffer.byteLength(body).toString() },
        lookup: pinned,
        signal: AbortSignal.timeout(timeoutMs),
      },
      (response) => {
        let read = 0;
        response.on('data', (chunk: Buffer) => {
          read += chunk.length;
          if (read > maxResponseBytes) response.destroy();
        });
        response.on('close', () => resolve({ responseCode: response.statusCode ?? 0 }));
        response.on('error', () => resolve({ responseCode: response.statusCode ?? 0 }));
      },
    );
    request.on('error', (error) => {
      const timedOut = error.name === 'AbortError' || error.name === 'TimeoutError';
      resolve({ error: timedOut ? `no answer within ${timeoutMs} ms` : error.message });
    });
    request.end(body);
  });
}
