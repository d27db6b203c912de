import type { Page } from 'playwright-core';

const problemsByPage = new WeakMap<Page, string[]>();

// The browser logs every 4xx answer as an error, but the app expects some (401 from "who am I" when
// signed out, 400 for a wrong password). Those are product behaviour, not page problems.
const expectedHttpError = /^Failed to load resource: the server responded with a status of 4\d\d/;

/**
 * Starts collecting what should never happen on a page: uncaught exceptions, and console errors such
 * as Content-Security-Policy refusals. Read them with pageProblems(page).
 */
export function watchPageProblems(page: Page): void {
  const problems: string[] = [];
  problemsByPage.set(page, problems);
  page.on('pageerror', (error) => problems.push(`Uncaught: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() !== 'error' || expectedHttpError.test(message.text())) return;
    problems.push(`Console error at ${page.url()}: ${message.text()}`);
  });
}

export function pageProblems(page: Page): string[] {
  return [...(problemsByPage.get(page) ?? [])];
}
