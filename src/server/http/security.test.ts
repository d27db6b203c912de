import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestApp, type TestApp } from '../../../tests/support/test-app';

describe('web hardening', () => {
  let testApp: TestApp;
  beforeAll(async () => {
    testApp = await createTestApp('sqlite');
  });
  afterAll(async () => {
    await testApp.dispose();
  });

  test('every response carries the security headers', async () => {
    const response = await testApp.app.request('/healthz');
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).toContain("frame-ancestors 'none'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    expect(response.headers.get('strict-transport-security')).toBeNull();
  });

  test('a state-changing request from another origin is refused', async () => {
    const response = await testApp.app.request('/api/auth/sign-in', {
      method: 'POST',
      headers: { origin: 'https://evil.example', 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'a@example.com', password: 'whatever!' }),
    });
    expect(response.status).toBe(403);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe('cross_site_request');
  });

  test('a state-changing request that names no origin at all is refused', async () => {
    const response = await testApp.app.request('/api/auth/sign-up', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'A', email: 'a@example.com', password: 'correct horse battery' }),
    });
    expect(response.status).toBe(403);
    expect(await testApp.deps.repos.accounts.anyUserExists()).toBe(false);
  });

  test('a page on another host name (DNS rebinding) cannot forge its own origin: Origin http://evil.example with Host evil.example is refused', async () => {
    const response = await testApp.app.request('http://evil.example/api/auth/sign-up', {
      method: 'POST',
      headers: { origin: 'http://evil.example', 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'Eve', email: 'eve@example.com', password: 'correct horse battery' }),
    });
    expect(response.status).toBe(421);
    expect(await testApp.deps.repos.accounts.anyUserExists()).toBe(false);
  });

  test('a host name that is neither BASE_URL’s nor loopback is refused with 421, pages too', async () => {
    for (const path of ['/api/auth/session', '/welcome']) {
      const response = await testApp.app.request(`http://feedforward.evil.example:3000${path}`);
      expect(response.status, path).toBe(421);
      expect(((await response.json()) as { error: { code: string } }).error.code).toBe('unknown_host');
    }
  });

  test('health answers any host name, for a container probe by address', async () => {
    const response = await testApp.app.request('http://10.1.2.3:3000/healthz');
    expect(response.status).toBe(200);
  });

  test('in development the other loopback names on the same port are our origin, another port is not', async () => {
    const send = (origin: string, name: string) =>
      testApp.app.request('http://127.0.0.1:3000/api/auth/sign-up', {
        method: 'POST',
        headers: { origin, 'content-type': 'application/json' },
        body: JSON.stringify({ name, email: `${name}@example.com`, password: 'correct horse battery' }),
      });
    expect((await send('http://127.0.0.1:3000', 'ipv4')).status).toBe(201);
    expect((await send('http://[::1]:3000', 'ipv6')).status).toBe(201);
    expect((await send('http://localhost:4000', 'other-port')).status).toBe(403);
  });

  test('a body that is not JSON gets a clear 400', async () => {
    const response = await testApp.app.request('/api/auth/sign-in', {
      method: 'POST',
      headers: { origin: 'http://localhost:3000', 'content-type': 'application/json' },
      body: '{not json',
    });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: { message: string } }).error.message).toBe(
      'The request body must be JSON.',
    );
  });

  test('health reports the database', async () => {
    const response = await testApp.app.request('/healthz');
    expect(await response.json()).toEqual({ status: 'ok', database: 'ok' });
  });

  test('API responses are not cached and carry a request id', async () => {
    const response = await testApp.app.request('/api/auth/me');
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe('web hardening over https', () => {
  test('HSTS is sent and the session cookie is __Host- prefixed and Secure', async () => {
    const testApp = await createTestApp('sqlite', { env: { BASE_URL: 'https://ff.example.com' } });
    try {
      const response = await testApp.app.request('https://ff.example.com/api/auth/sign-up', {
        method: 'POST',
        headers: { origin: 'https://ff.example.com', 'content-type': 'application/json' },
        body: JSON.stringify({ name: 'Ada', email: 'ada@example.com', password: 'correct horse battery' }),
      });
      expect(response.status).toBe(201);
      expect(response.headers.get('strict-transport-security')).toContain('max-age=31536000');
      const cookie = response.headers.getSetCookie().join('\n');
      expect(cookie).toMatch(/^__Host-ff_session=/);
      expect(cookie).toMatch(/Secure/);
      expect(cookie).toMatch(/Path=\//);
    } finally {
      await testApp.dispose();
    }
  });
});

describe('web hardening behind a reverse proxy', () => {
  test('the origin is BASE_URL’s, never one built from the Host the request names', async () => {
    const testApp = await createTestApp('sqlite', { env: { BASE_URL: 'https://ff.example.com' } });
    try {
      // A proxy on this machine may pass Host: 127.0.0.1:3000; that makes http://127.0.0.1:3000 no origin of ours.
      const response = await testApp.app.request('http://127.0.0.1:3000/api/auth/sign-up', {
        method: 'POST',
        headers: { origin: 'http://127.0.0.1:3000', 'content-type': 'application/json' },
        body: JSON.stringify({ name: 'Eve', email: 'eve@example.com', password: 'correct horse battery' }),
      });
      expect(response.status).toBe(403);
      expect(await testApp.deps.repos.accounts.anyUserExists()).toBe(false);
    } finally {
      await testApp.dispose();
    }
  });
});
