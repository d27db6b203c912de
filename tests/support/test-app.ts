import { createApp } from '../../src/server/app';
import { composeDependencies } from '../../src/server/compose';
import { type Config, loadConfig } from '../../src/server/config';
import type { DatabaseEngine } from '../../src/server/db/database';
import { createLogger } from '../../src/server/logger';
import type { JobHandlers } from '../../src/server/modules/jobs/jobs.runner';
import type { OutgoingFetch } from '../../src/server/modules/sso/oidc-client';
import type { Clock } from '../../src/shared/calendar';
import { checkDocumentedAnswer } from './documented-answers';
import { createTestDatabase, type TestDatabase } from './test-database';

export const testBaseUrl = 'http://localhost:3000';

export type TestAppOptions = {
  env?: Record<string, string>;
  now?: Clock;
  extraJobHandlers?: JobHandlers;
  database?: TestDatabase;
  /** Where log lines go; by default stdout, at LOG_LEVEL (silent unless `env` says otherwise). */
  writeLog?: (line: string) => void;
  /** Outgoing requests to OpenID Connect providers, for a test that stands between app and provider. */
  fetch?: OutgoingFetch;
};

/** The real app over a fresh database, for in-process HTTP tests with app.request(). */
export async function createTestApp(engine: DatabaseEngine, options: TestAppOptions = {}) {
  const database = options.database ?? (await createTestDatabase(engine));
  const config: Config = loadConfig({
    BASE_URL: testBaseUrl,
    LOG_LEVEL: 'silent',
    SEED_DEMO: 'false',
    // Tests check what the analysis says, on a machine busy with other tests; the budget has its own.
    TEXT_ANALYSIS_BUDGET_MS: '60000',
    ...options.env,
  });
  const log = createLogger(config.LOG_LEVEL, options.writeLog);
  // Every pause the app takes (slowing failed sign-ins), recorded instead of waited for.
  const pauses: number[] = [];
  const { deps, jobRunner } = await composeDependencies({
    config,
    database,
    log,
    now: options.now,
    pause: async (ms) => {
      pauses.push(ms);
    },
    extraJobHandlers: options.extraJobHandlers,
    fetch: options.fetch,
  });
  const app = createApp(deps);
  return {
    app,
    deps,
    jobRunner,
    database,
    pauses,
    client: () => createClient(app),
    dispose: async () => {
      await jobRunner.stop();
      await database.dispose();
    },
  };
}

export type TestApp = Awaited<ReturnType<typeof createTestApp>>;
type Fetcher = { request: (path: string, init?: RequestInit) => Response | Promise<Response> };

/** A browser-like client: keeps cookies and sends our Origin on every request. */
export function createClient(app: Fetcher) {
  const cookies = new Map<string, string>();
  async function send(method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
    const response = await app.request(path, {
      method,
      headers: {
        origin: testBaseUrl,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(cookies.size
          ? { cookie: [...cookies].map(([name, value]) => `${name}=${value}`).join('; ') }
          : {}),
        ...headers,
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const [name, ...rest] = (pair ?? '').split('=');
      if (!name) continue;
      const value = rest.join('=');
      if (value === '' || /max-age=0/i.test(line)) cookies.delete(name.trim());
      else cookies.set(name.trim(), value);
    }
    await checkDocumentedAnswer(method, path, response);
    return response;
  }
  return {
    cookies,
    get: (path: string, headers?: Record<string, string>) => send('GET', path, undefined, headers),
    post: (path: string, body?: unknown, headers?: Record<string, string>) =>
      send('POST', path, body ?? {}, headers),
    put: (path: string, body?: unknown, headers?: Record<string, string>) =>
      send('PUT', path, body ?? {}, headers),
    delete: (path: string, headers?: Record<string, string>) => send('DELETE', path, undefined, headers),
  };
}

export type TestClient = ReturnType<typeof createClient>;

let userCounter = 0;

/**
 * Signs up a fresh user through the API and returns a client holding their session. The address is
 * confirmed the way its owner would, through the link sign-up queued, unless `confirmEmail` is false.
 */
export async function signedUpClient(
  testApp: TestApp,
  name = 'Test User',
  { confirmEmail = true }: { confirmEmail?: boolean } = {},
) {
  const client = testApp.client();
  const email = `user${++userCounter}-${Math.random().toString(36).slice(2, 8)}@example.com`;
  const response = await client.post('/api/auth/sign-up', { name, email, password: 'correct horse battery' });
  if (response.status !== 201) throw new Error(`sign-up failed: ${response.status} ${await response.text()}`);
  const { user } = (await response.json()) as { user: { id: string; email: string; name: string } };
  if (confirmEmail) await confirmEmailFromOutbox(testApp, email);
  return { client, user, email, password: 'correct horse battery' };
}

/** The newest confirmation link in the outbox for this address, as its owner would find it. */
export async function verificationTokenFor(testApp: TestApp, email: string): Promise<string> {
  const messages = await testApp.database.db
    .selectFrom('outbox')
    .select('text_body')
    .where('to_address', '=', email)
    .orderBy('created_at', 'desc')
    .execute();
  const token = messages
    .map((message) => message.text_body.match(/\/verify-email#token=([\w-]+)/)?.[1])
    .find(Boolean);
  if (!token) throw new Error(`no confirmation link was queued for ${email}`);
  return token;
}

/** Opens the confirmation link sent to this address; its message then leaves the outbox. */
export async function confirmEmailFromOutbox(testApp: TestApp, email: string): Promise<void> {
  const token = await verificationTokenFor(testApp, email);
  const response = await testApp.client().post('/api/auth/verify-email', { token });
  if (response.status !== 204) throw new Error(`confirming ${email} failed: ${response.status}`);
}
