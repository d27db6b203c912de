import type { AddressInfo } from 'node:net';
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestApp, type TestApp } from '../../../tests/support/test-app';
import { createLogger } from '../logger';
import { createHttpServer } from './oversized-body-guard';
import { createRefusalPacer, refusalPacing } from './refusal-pacer';

type Server = ReturnType<typeof createHttpServer>;

/**
 * Sends `head` (request line and headers) and `body` on a socket of its own and keeps that socket's
 * sending side open, as an uploader still sending would: whatever comes back until the server
 * closes the connection is the answer.
 */
function send(server: Server, head: string, body = ''): Promise<string> {
  const { port } = server.address() as AddressInfo;
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1', () => socket.write(`${head}\r\n\r\n${body}`));
    let answer = '';
    socket.on('data', (chunk) => {
      answer += chunk.toString();
    });
    socket.on('close', () => resolve(answer));
    // A connection dropped unanswered may end in a reset; what came back before it is the answer.
    socket.on('error', () => resolve(answer));
  });
}

const uploadHead = (length: number, forwardedFor = '203.0.113.9') =>
  [
    'POST /api/auth/sign-in HTTP/1.1',
    'Host: localhost:3000',
    'Origin: http://localhost:3000',
    'Content-Type: application/json',
    `Content-Length: ${length}`,
    `X-Forwarded-For: ${forwardedFor}`,
  ].join('\r\n');

const listening = (server: Server) =>
  new Promise<Server>((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
const closed = (server: Server) => new Promise((resolve) => server.close(resolve));

/** Issue 11 item 3: a declared 200 MB upload is refused from its headers, before anything reads it. */
describe('oversized declared bodies', () => {
  let testApp: TestApp;
  const log = createLogger('silent');
  beforeAll(async () => {
    testApp = await createTestApp('sqlite');
  });
  afterAll(async () => {
    await testApp.dispose();
  });

  test('a Content-Length over the limit is answered 413 and the connection closed, with no body sent', async () => {
    const server = await listening(
      createHttpServer(testApp.app.fetch, '127.0.0.1', { trustedProxies: 1, log }),
    );
    try {
      const answer = await send(server, uploadHead(200 * 1024 * 1024));
      expect(answer).toMatch(/^HTTP\/1\.1 413 /);
      expect(answer).toMatch(/\r\nconnection: close\r\n/i);
      expect(answer).toContain('"code":"body_too_large"');
      // The app never saw it: its first middleware gives every request it handles an id.
      expect(answer.toLowerCase()).not.toContain('x-request-id');
    } finally {
      await closed(server);
    }
  });

  test('a body within the limit still reaches the app', async () => {
    const server = await listening(
      createHttpServer(testApp.app.fetch, '127.0.0.1', { trustedProxies: 1, log }),
    );
    try {
      const body = JSON.stringify({ email: 'nobody@example.com', password: 'not the password at all' });
      const answer = await send(server, `${uploadHead(Buffer.byteLength(body))}\r\nConnection: close`, body);
      expect(answer.toLowerCase()).toContain('x-request-id');
      expect(answer).not.toMatch(/^HTTP\/1\.1 413 /);
    } finally {
      await closed(server);
    }
  });

  const pacedServer = (pacing: Partial<typeof refusalPacing>) =>
    listening(
      createHttpServer(testApp.app.fetch, '127.0.0.1', {
        trustedProxies: 1,
        log,
        pacer: createRefusalPacer(Date.now, { ...refusalPacing, ...pacing }),
      }),
    );
  const upload = (network: string) => uploadHead(200 * 1024 * 1024, network);

  test('past its free refusals a network still gets its 413, held first', async () => {
    const server = await pacedServer({ freePerWindow: 1, holdMs: 1 });
    try {
      expect(await send(server, upload('203.0.113.10'))).toMatch(/^HTTP\/1\.1 413 /);
      expect(await send(server, upload('203.0.113.10'))).toMatch(/^HTTP\/1\.1 413 /);
    } finally {
      await closed(server);
    }
  });

  test('with every hold taken, a further refusal drops its connection unanswered, for that network only', async () => {
    const server = await pacedServer({ freePerWindow: 1, maxHeld: 0 });
    try {
      expect(await send(server, upload('203.0.113.12'))).toMatch(/^HTTP\/1\.1 413 /);
      expect(await send(server, upload('203.0.113.12'))).toBe('');
      expect(await send(server, upload('203.0.113.13'))).toMatch(/^HTTP\/1\.1 413 /);
    } finally {
      await closed(server);
    }
  });
});

test('an idle kept-alive connection outlives a proxy’s common 60 s idle timeout, so the proxy closes it first', () => {
  const server = createHttpServer(() => new Response(null), '127.0.0.1', {
    trustedProxies: 0,
    log: createLogger('silent'),
  });
  expect(server.keepAliveTimeout).toBeGreaterThan(60_000);
});
