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
    writeFileSync(join(webRoot, 'assets', 'screen-abc123.js'), 'export const screen = 1;');
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

  test('an asset from an earlier build is a 404, never index.html', async () => {
    const response = await app.request('/assets/screen-gone999.js');
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('<!doctype html>');
  });
});
