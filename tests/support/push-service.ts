import { createECDH, createPublicKey, randomBytes, verify } from 'node:crypto';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import ece from 'http_ece';
import { expect } from 'vitest';

export type PushRequest = { path: string; headers: IncomingHttpHeaders; body: Buffer };

/**
 * A push service on 127.0.0.1, standing in for the browser maker's: it records each message and
 * answers with the next of `statuses` (the last repeats). One URL per device: `device()` makes a
 * subscription with its own P-256 key pair and auth secret, as a browser does, and can decrypt and
 * check what was sent to it, written from RFC 8291 and RFC 8292 rather than from the app's code.
 */
export async function startPushService(statuses: number[] = [201]) {
  const received: PushRequest[] = [];
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      received.push({ path: request.url ?? '', headers: request.headers, body: Buffer.concat(chunks) });
      const status = statuses[Math.min(received.length - 1, statuses.length - 1)] ?? 201;
      response.writeHead(status).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  let devices = 0;

  function device() {
    const keys = createECDH('prime256v1');
    keys.generateKeys();
    const auth = randomBytes(16);
    const path = `/push/device-${++devices}`;
    const subscription = {
      endpoint: `${origin}${path}`,
      keys: { p256dh: keys.getPublicKey('base64url'), auth: auth.toString('base64url') },
    };
    /** The messages this device got, decrypted with its own keys (aes128gcm). */
    const messages = () =>
      received
        .filter((request) => request.path === path)
        .map((request) => {
          expect(request.headers['content-encoding']).toBe('aes128gcm');
          const plain = ece.decrypt(request.body, {
            version: 'aes128gcm',
            privateKey: keys,
            authSecret: auth,
          });
          return JSON.parse(plain.toString('utf8')) as unknown;
        });
    return { subscription, path, messages };
  }

  return {
    origin,
    received,
    device,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/**
 * RFC 8292: `Authorization: vapid t=<JWT>, k=<public key>`, the JWT signed ES256 by that key, for this
 * push service's origin, expiring within 24 hours, with a contact.
 */
export function checkVapid(request: PushRequest, publicKey: string, origin: string, now: Date) {
  const header = String(request.headers.authorization ?? '');
  const match = /^vapid t=([^,]+), k=(.+)$/.exec(header);
  if (!match) throw new Error(`not a VAPID authorization: ${header}`);
  const [, token = '', key = ''] = match;
  expect(key).toBe(publicKey);
  const [head = '', claims = '', signature = ''] = token.split('.');
  const point = Buffer.from(key, 'base64url');
  const jwk = {
    kty: 'EC',
    crv: 'P-256',
    x: point.subarray(1, 33).toString('base64url'),
    y: point.subarray(33, 65).toString('base64url'),
  };
  const signed = verify(
    'sha256',
    Buffer.from(`${head}.${claims}`),
    { key: createPublicKey({ key: jwk, format: 'jwk' }), dsaEncoding: 'ieee-p1363' },
    Buffer.from(signature, 'base64url'),
  );
  expect(signed).toBe(true);
  expect(JSON.parse(Buffer.from(head, 'base64url').toString())).toMatchObject({ alg: 'ES256' });
  const body = JSON.parse(Buffer.from(claims, 'base64url').toString()) as {
    aud: string;
    exp: number;
    sub: string;
  };
  expect(body.aud).toBe(origin);
  expect(body.exp * 1000).toBeGreaterThan(now.getTime());
  expect(body.exp * 1000).toBeLessThanOrEqual(now.getTime() + 24 * 60 * 60 * 1000 + 60_000);
  expect(body.sub).toMatch(/^(mailto:|https:)/);
}
