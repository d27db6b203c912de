import { existsSync } from 'node:fs';
import { type Browser, type BrowserContext, type BrowserContextOptions, chromium } from 'playwright-core';

/** Debian's Chromium; tests never download a browser of their own. */
export const chromiumPath = '/usr/bin/chromium';

/**
 * Why the end-to-end suite cannot run here, or undefined when it can. On CI a missing browser is an
 * error, not a reason to skip: a green run must mean the browser tests ran.
 */
export function browserUnavailableReason(): string | undefined {
  if (existsSync(chromiumPath)) return undefined;
  const reason = `${chromiumPath} is missing; install it with \`apt-get update && apt-get install -y chromium\`.`;
  if (process.env.CI === 'true') throw new Error(`End-to-end tests need Chromium: ${reason}`);
  return `Skipping end-to-end tests: ${reason}`;
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

export const desktopViewport = { width: 1280, height: 860 };
export const phoneViewport = { width: 360, height: 740 };

/**
 * A fresh browser profile (own cookies and storage), as a separate person would have. The page's real
 * Content-Security-Policy stays in force: bypassing it would hide exactly the errors we want to see.
 */
export async function newBrowserContext(
  browser: Browser,
  baseUrl: string,
  options: BrowserContextOptions = {},
): Promise<BrowserContext> {
  const context = await browser.newContext({
    baseURL: baseUrl,
    viewport: desktopViewport,
    locale: 'en-GB',
    timezoneId: 'Europe/Amsterdam',
    reducedMotion: 'reduce',
    ...options,
  });
  context.setDefaultTimeout(10_000);
  return context;
}
