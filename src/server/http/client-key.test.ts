import { Hono } from 'hono';
import { describe, expect, test } from 'vitest';
import { createClientKey } from './client-key';

async function keyOf(trustedProxies: number, forwardedFor?: string) {
  const app = new Hono();
  const clientKey = createClientKey(trustedProxies);
  app.get('/', (c) => c.text(clientKey(c)));
  const headers: Record<string, string> =
    forwardedFor === undefined ? {} : { 'x-forwarded-for': forwardedFor };
  const response = await app.request('/', { headers });
  return response.text();
}

describe('the client address used for rate limits', () => {
  test('without a trusted proxy, X-Forwarded-For is ignored, so a client cannot pick its own key', async () => {
    expect(await keyOf(0, '203.0.113.7')).toBe(await keyOf(0));
    expect(await keyOf(0, '198.51.100.1, 203.0.113.7')).toBe(await keyOf(0));
  });

  test('behind one proxy, the address that proxy appended is the client', async () => {
    expect(await keyOf(1, '203.0.113.7')).toBe('203.0.113.7');
  });

  test('entries a client forged in front of the proxy’s own are skipped', async () => {
    expect(await keyOf(1, '10.0.0.1, 198.51.100.2, 203.0.113.7')).toBe('203.0.113.7');
  });

  test('behind two proxies, the client is the address the outer proxy appended', async () => {
    expect(await keyOf(2, '198.51.100.2, 203.0.113.7, 192.0.2.10')).toBe('203.0.113.7');
  });

  test('a request that reached the app without passing the proxies falls back to its own connection', async () => {
    expect(await keyOf(1)).toBe(await keyOf(0));
    expect(await keyOf(2, '   ')).toBe(await keyOf(0));
  });
});
