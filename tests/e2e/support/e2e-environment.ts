import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { createFreshPostgresDatabase } from '../../../bench/durability/fresh-postgres';
import { launchBrowser, newBrowserContext } from './browser';
import { watchPageProblems } from './page-problems';
import { type RunningServer, startServer } from './server-process';
import { type SmtpReceiver, startSmtpReceiver } from './smtp-receiver';
import { ensureWebClientBuilt } from './web-client-build';

export type E2eEnvironment = {
  baseUrl: string;
  server: RunningServer;
  mail: SmtpReceiver;
  browser: Browser;
  /** A new person: a fresh browser context and its first page, watched for page problems. */
  newVisitor: (options?: BrowserContextOptions) => Promise<{ context: BrowserContext; page: Page }>;
  close: () => Promise<void>;
};

type EnvironmentOptions = {
  serverEnv?: Record<string, string>;
  /** A PostgreSQL server to run on, in a fresh database of its own; SQLite when absent. */
  postgresUrl?: string;
};

/**
 * Everything an end-to-end test needs, all real: the built web client, an SMTP receiver, the server
 * as its own process over a fresh database, and Chromium. Call once per test file (beforeAll) and
 * close it in afterAll.
 */
export async function startE2eEnvironment(options: EnvironmentOptions = {}) {
  await ensureWebClientBuilt();
  const mail = await startSmtpReceiver();
  const cleanups: Array<() => Promise<void>> = [() => mail.stop()];
  const close = async () => {
    for (const cleanup of cleanups.reverse()) await cleanup().catch(() => undefined);
  };
  try {
    const database = options.postgresUrl
      ? await createFreshPostgresDatabase(options.postgresUrl, 'ff_e2e')
      : undefined;
    if (database) cleanups.push(() => database.drop());
    const env = { ...options.serverEnv, ...(database ? { DATABASE_URL: database.url } : {}) };
    const server = await startServer({ smtpPort: mail.port, env });
    cleanups.push(() => server.stop());
    const browser = await launchBrowser();
    cleanups.push(() => browser.close());

    const newVisitor = async (contextOptions: BrowserContextOptions = {}) => {
      const context = await newBrowserContext(browser, server.baseUrl, contextOptions);
      const page = await context.newPage();
      watchPageProblems(page);
      return { context, page };
    };
    return { baseUrl: server.baseUrl, server, mail, browser, newVisitor, close } satisfies E2eEnvironment;
  } catch (error) {
    await close();
    throw error;
  }
}

/**
 * For a describe block: starts the environment before its tests and closes it after them. The
 * environment it returns can be used once started, that is inside tests and hooks.
 */
export function e2eEnvironmentForTests(options: EnvironmentOptions = {}): E2eEnvironment {
  let started: E2eEnvironment | undefined;
  beforeAll(async () => {
    started = await startE2eEnvironment(options);
  }, 180_000);
  afterAll(async () => {
    await started?.close();
  });
  const current = () => {
    if (!started) throw new Error('The end-to-end environment is not started yet: use it inside a test.');
    return started;
  };
  return {
    get baseUrl() {
      return current().baseUrl;
    },
    get server() {
      return current().server;
    },
    get mail() {
      return current().mail;
    },
    get browser() {
      return current().browser;
    },
    newVisitor: (visitorOptions) => current().newVisitor(visitorOptions),
    close: () => current().close(),
  };
}
