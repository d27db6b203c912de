import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { AppEnv } from './app-env';
import { registerWebClient } from './web-client';

describe('the web client', () => {
  let webRoot: string;
  const app = new Hono<AppEnv>();
  beforeAll(() => {
    webRoot = mkdtempSync(join(tmpdir(), 'feedforward-web-'));
    mkdirSync(join(webRoot, 'assets'));
    writeFileSync(join(webRoot, 'index.html'), '<!doctype html><title>Feedforward</title>');
    writeFileSync(join(webRoot, 'answer.html'), '<!doctype html><title>Answer</title>');
    writeFileSync(join(webRoot, 'answer.html.br'), 'brotli html');
    writeFileSync(join(webRoot, 'assets', 'screen-abc123.js'), 'export const screen = 1;');
    writeFileSync(join(webRoot, 'assets', 'screen-abc123.js.br'), 'brotli bytes');
    writeFileSync(join(webRoot, 'assets', 'screen-abc123.js.gz'), 'gzip bytes');
    writeFileSync(join(webRoot, 'sw.js'), 'self.addEventListener("fetch", () => {});');
    writeFileSync(join(webRoot, 'manifest.webmanifest'), '{"name":"Feedforward"}');
    writeFileSync(join(webRoot, 'manifest.webmanifest.br'), 'brotli manifest');
    mkdirSync(join(webRoot, 'icons'));
    writeFileSync(join(webRoot, 'icons', 'icon-192.png'), 'png bytes');
    registerWebClient(app, webRoot);
  });
  afterAll(() => rmSync(webRoot, { recursive: true, force: true }));

  test('a built asset is served and cached for good', async () => {
    const response = await app.request('/assets/screen-abc123.js');
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toContain('immutable');
  });

  test('a page path gets index.html, for the client router', async () => {
    const response = await app.request('/cycles/some-id/practice');
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<title>Feedforward</title>');
  });

  test('an asset goes out as the build compressed it, brotli first, and as it is to a browser taking neither', async () => {
    const brotli = await app.request('/assets/screen-abc123.js', {
      headers: { 'accept-encoding': 'gzip, deflate, br, zstd' },
    });
    expect(brotli.headers.get('content-encoding')).toBe('br');
    expect(brotli.headers.get('vary')).toContain('Accept-Encoding');
    expect(brotli.headers.get('content-type')).toContain('javascript');
    expect(await brotli.text()).toBe('brotli bytes');
    const gzip = await app.request('/assets/screen-abc123.js', { headers: { 'accept-encoding': 'gzip' } });
    expect(gzip.headers.get('content-encoding')).toBe('gzip');
    expect(await gzip.text()).toBe('gzip bytes');
    const identity = await app.request('/assets/screen-abc123.js');
    expect(identity.headers.get('content-encoding')).toBeNull();
    expect(identity.headers.get('vary')).toContain('Accept-Encoding');
    expect(await identity.text()).toBe('export const screen = 1;');
  });

  test('the answer page gets its own small entry, compressed when the browser takes it', async () => {
    const plain = await app.request('/answer');
    expect(await plain.text()).toContain('<title>Answer</title>');
    expect(plain.headers.get('vary')).toContain('Accept-Encoding');
    const brotli = await app.request('/answer', { headers: { 'accept-encoding': 'br;q=1.0, gzip;q=0.8' } });
    expect(brotli.headers.get('content-encoding')).toBe('br');
    expect(brotli.headers.get('content-type')).toContain('text/html');
    expect(await brotli.text()).toBe('brotli html');
    // Without a gzip copy on disk the page goes out as it is.
    const gzipOnly = await app.request('/answer', { headers: { 'accept-encoding': 'gzip' } });
    expect(gzipOnly.headers.get('content-encoding')).toBeNull();
    expect(await gzipOnly.text()).toContain('<title>Answer</title>');
  });

  test('an asset from an earlier build is a 404, never index.html', async () => {
    const response = await app.request('/assets/screen-gone999.js');
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('<!doctype html>');
  });

  test('the service worker and the manifest are checked on every load, with their own types', async () => {
    const worker = await app.request('/sw.js');
    expect(worker.status).toBe(200);
    expect(worker.headers.get('content-type')).toContain('text/javascript');
    expect(worker.headers.get('cache-control')).toBe('no-cache');
    const manifest = await app.request('/manifest.webmanifest', { headers: { 'accept-encoding': 'br' } });
    expect(manifest.headers.get('content-type')).toContain('application/manifest+json');
    expect(manifest.headers.get('content-encoding')).toBe('br');
    expect(manifest.headers.get('cache-control')).toBe('no-cache');
    expect(await manifest.text()).toBe('brotli manifest');
    const icon = await app.request('/icons/icon-192.png');
    expect(icon.headers.get('content-type')).toBe('image/png');
    expect(icon.headers.get('cache-control')).toContain('max-age=86400');
  });

  test('a missing icon is a 404, never index.html', async () => {
    const response = await app.request('/icons/gone.png');
    expect(response.status).toBe(404);
  });
});
