import { gunzipSync, inflateSync } from 'node:zlib';
import { Hono } from 'hono';
import { setCookie } from 'hono/cookie';
import { describe, expect, test } from 'vitest';
import type { AppEnv } from './app-env';
import { compressJson } from './compression';

const large = { items: Array.from({ length: 200 }, (_, index) => ({ index, text: 'a suggestion' })) };

function appWithCompression() {
  const app = new Hono<AppEnv>();
  app.use('*', compressJson());
  app.get('/large', (c) => {
    setCookie(c, 'kept', 'once');
    return c.json(large);
  });
  app.get('/small', (c) => c.json({ ok: true }));
  app.get('/text', (c) => c.text('x'.repeat(5000)));
  return app;
}

describe('JSON compression', () => {
  const app = appWithCompression();

  test('a JSON answer of 1 KB or more is gzipped for a browser that takes it, and unchanged inside', async () => {
    const response = await app.request('/large', { headers: { 'accept-encoding': 'gzip, deflate, br' } });
    expect(response.headers.get('content-encoding')).toBe('gzip');
    expect(response.headers.get('vary')).toContain('Accept-Encoding');
    // The cookie set by the route is sent once, not once per middleware that rebuilt the response.
    expect(response.headers.getSetCookie()).toEqual(['kept=once; Path=/']);
    const body = Buffer.from(await response.arrayBuffer());
    expect(body.length).toBeLessThan(JSON.stringify(large).length / 5);
    expect(JSON.parse(gunzipSync(body).toString('utf8'))).toEqual(large);
  });

  test('deflate for a browser that refuses gzip, and nothing for one that refuses both', async () => {
    const deflated = await app.request('/large', { headers: { 'accept-encoding': 'gzip;q=0, deflate' } });
    expect(deflated.headers.get('content-encoding')).toBe('deflate');
    const body = Buffer.from(await deflated.arrayBuffer());
    expect(JSON.parse(inflateSync(body).toString('utf8'))).toEqual(large);
    const refused = await app.request('/large', { headers: { 'accept-encoding': 'gzip;q=0, *;q=0' } });
    expect(refused.headers.get('content-encoding')).toBeNull();
    expect(refused.headers.get('vary')).toContain('Accept-Encoding');
    expect(await refused.json()).toEqual(large);
  });

  test('a tiny JSON answer, a browser without gzip and a non-JSON body go out as they are', async () => {
    const small = await app.request('/small', { headers: { 'accept-encoding': 'gzip' } });
    expect(small.headers.get('content-encoding')).toBeNull();
    expect(await small.json()).toEqual({ ok: true });
    const identity = await app.request('/large');
    expect(identity.headers.get('content-encoding')).toBeNull();
    expect(await identity.json()).toEqual(large);
    const text = await app.request('/text', { headers: { 'accept-encoding': 'gzip' } });
    expect(text.headers.get('content-encoding')).toBeNull();
  });
});
