// npm run screenshots — retakes the README's screenshots (docs/screenshots) from a fresh demo workspace.
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { newAccount, signUpThroughApi } from '../tests/e2e/support/accounts';
import { apiFor } from '../tests/e2e/support/api-client';
import { launchBrowser, newBrowserContext } from '../tests/e2e/support/browser';
import { demoSignInFrom } from '../tests/e2e/support/demo-sign-in';
import { repoRoot } from '../tests/e2e/support/repo-root';
import { startServer } from '../tests/e2e/support/server-process';
import { startSmtpReceiver } from '../tests/e2e/support/smtp-receiver';
import { ensureWebClientBuilt } from '../tests/e2e/support/web-client-build';

const folder = join(repoRoot, 'docs/screenshots');
type Round = { id: string; kind: string; status: string };

/** What a reader sees first: the screen as it opens, not the whole scrolled page (unless `fullPage`). */
async function take(page: Page, name: string, fullPage = false) {
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: join(folder, `${name}.png`), animations: 'disabled', fullPage });
  process.stdout.write(`docs/screenshots/${name}.png\n`);
}

async function waitForHeading(page: Page) {
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  // Since the app installs a service worker, a page may never go network-idle while it caches the
  // app; the heading and a loaded page are then enough for a picture.
  await page.waitForLoadState('networkidle', { timeout: 15_000 }).catch(() => page.waitForLoadState('load'));
}

async function demoScreens(browser: Browser, baseUrl: string, demo: { email: string; password: string }) {
  const context = await newBrowserContext(browser, baseUrl);
  const api = apiFor(context.request, baseUrl);
  await api.post('/api/auth/sign-in', demo);
  const { workspaces } = await api.get<{ workspaces: Array<{ id: string; kind: string }> }>(
    '/api/workspaces',
  );
  const workspace = workspaces.find((candidate) => candidate.kind === 'organization') ?? workspaces[0];
  if (!workspace) throw new Error('The demo workspace is missing: is SEED_DEMO on?');
  const { cycles } = await api.get<{ cycles: Array<{ id: string }> }>(
    `/api/workspaces/${workspace.id}/cycles`,
  );
  const cycleId = cycles[0]?.id;
  const { cycle } = await api.get<{ cycle: { rounds: Round[] } }>(`/api/cycles/${cycleId}`);
  const listening = cycle.rounds.find((round) => round.kind === 'listening');
  if (!cycleId || !listening) throw new Error('The demo cycle has no listening round.');

  const page = await context.newPage();
  for (const [path, name] of [
    [`/rounds/${listening.id}`, 'round-results'],
    [`/cycles/${cycleId}`, 'growth-cycle'],
    [`/cycles/${cycleId}/progress`, 'progress'],
    [`/cycles/${cycleId}/practice`, 'practice'],
  ] as const) {
    await page.goto(path);
    await waitForHeading(page);
    await take(page, name);
  }

  // The demo program's insight: its figures are the point, so the whole page.
  const { programs } = await api.get<{ programs: Array<{ id: string }> }>(
    `/api/workspaces/${workspace.id}/programs`,
  );
  if (!programs[0]) throw new Error('The demo program is missing.');
  await page.goto(`/programs/${programs[0].id}/insight`);
  await waitForHeading(page);
  await page.getByRole('heading', { name: 'Following up and perceived improvement' }).waitFor();
  await take(page, 'program-insight', true);

  // The demo user is the demo program's coach, and two of its leaders gave them access.
  await page.goto('/coaching');
  await page.getByRole('list', { name: 'Coachees' }).waitFor();
  await waitForHeading(page);
  await take(page, 'coach-dashboard');

  const phone = await newBrowserContext(browser, baseUrl, {
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
  });
  await apiFor(phone.request, baseUrl).post('/api/auth/sign-in', demo);
  const phonePage = await phone.newPage();
  await phonePage.goto(`/rounds/${listening.id}`);
  await waitForHeading(phonePage);
  await take(phonePage, 'round-results-phone');
}

/** The first run: the landing page, and the wizard suggesting capabilities with the words they matched. */
async function firstRunScreens(browser: Browser, baseUrl: string) {
  const visitor = await newBrowserContext(browser, baseUrl);
  const page = await visitor.newPage();
  await page.goto('/');
  await waitForHeading(page);
  await take(page, 'landing');

  const context = await newBrowserContext(browser, baseUrl);
  await signUpThroughApi(context, baseUrl, newAccount('Noor Newmanager'));
  const wizard = await context.newPage();
  await wizard.goto('/');
  await wizard.getByRole('link', { name: /Noor Newmanager's workspace/ }).click();
  await wizard.getByRole('link', { name: 'Your growth cycles' }).click();
  await wizard.getByRole('link', { name: 'Start a growth cycle' }).first().click();
  await wizard
    .getByLabel('The situation, in your own words')
    .fill('My team keeps missing deadlines and nobody tells me until it is too late.');
  await wizard.getByRole('button', { name: 'Continue' }).click();
  await wizard.getByRole('heading', { name: 'Choose a capability to build' }).waitFor();
  await take(wizard, 'new-cycle-suggestions');
}

await ensureWebClientBuilt();
const mail = await startSmtpReceiver();
const server = await startServer({ smtpPort: mail.port, env: { SEED_DEMO: 'true' } });
const browser = await launchBrowser();
try {
  await firstRunScreens(browser, server.baseUrl);
  await demoScreens(browser, server.baseUrl, demoSignInFrom(server.output()));
} finally {
  await browser.close();
  await server.stop();
  await mail.stop();
}
