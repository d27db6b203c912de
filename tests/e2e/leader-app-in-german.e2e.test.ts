import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { checkAccessibility } from './support/accessibility';
import { newAccount } from './support/accounts';
import { apiFor } from './support/api-client';
import { browserUnavailableReason } from './support/browser';
import { e2eEnvironmentForTests } from './support/e2e-environment';
import { expectPage, expectVisible } from './support/page-checks';
import { pageProblems } from './support/page-problems';
import { repoRoot } from './support/repo-root';
import { screenshot } from './support/screenshots';

const unavailable = browserUnavailableReason();
if (unavailable) console.warn(unavailable);

const catalogsDir = join(repoRoot, 'src/shared/i18n/catalogs/app');
const catalogOf = (part: string, language: string) =>
  JSON.parse(readFileSync(join(catalogsDir, part, `${language}.json`), 'utf8')) as Record<string, string>;

/**
 * Every English text of the leader's catalogs that a German page must never show whole: those that
 * differ from their German, hold no placeholder or tag (a filled-in text cannot be matched), and are
 * not also a German text somewhere (a word both languages share).
 */
function englishOnlyTexts(): Set<string> {
  const parts = readdirSync(catalogsDir);
  const english = parts.flatMap((part) => {
    const [en, de] = [catalogOf(part, 'en'), catalogOf(part, 'de')];
    return Object.entries(en)
      .filter(([key, text]) => text !== de[key] && !/[{}<>]/.test(text))
      .map(([, text]) => text);
  });
  const german = new Set(parts.flatMap((part) => Object.values(catalogOf(part, 'de'))));
  return new Set(english.filter((text) => !german.has(text)));
}

/** What a person reads or hears on the page: text nodes, labelling attributes and the tab's title. */
function readableTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found = new Set<string>();
    found.add(document.title.replace(/ · Feedforward$/, ''));
    const add = (text: string | null | undefined) => {
      const normalized = text?.replace(/\s+/g, ' ').trim();
      if (normalized) found.add(normalized);
    };
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) add(node.textContent);
    for (const element of document.body.querySelectorAll('*')) {
      for (const name of ['aria-label', 'alt', 'title', 'placeholder']) add(element.getAttribute(name));
    }
    return [...found];
  });
}

describe.skipIf(unavailable !== undefined)('the leader’s app in German', () => {
  const env = e2eEnvironmentForTests();

  test('a leader signs up in German and every screen they reach speaks German', {
    timeout: 240_000,
  }, async () => {
    const englishOnly = englishOnlyTexts();
    const leftovers: Record<string, string[]> = {};
    const { context, page } = await env.newVisitor();
    const api = apiFor(context.request, env.baseUrl);

    /** Axe on the German page, then the English texts it still shows, by screen. */
    const arrive = async (screen: string) => {
      await checkAccessibility(page, `${screen} in German`);
      const found = (await readableTexts(page)).filter((text) => englishOnly.has(text));
      if (found.length > 0) leftovers[screen] = found;
    };

    // A first visit, in English until the person picks German in the header.
    await page.goto('/');
    await expectPage(page, 'Grow into the leader your team needs');
    // The check sees what a person reads: in English, the landing page's own texts are caught.
    const englishOnLanding = (await readableTexts(page)).filter((text) => englishOnly.has(text));
    expect(englishOnLanding).toContain('Grow into the leader your team needs');
    expect(englishOnLanding).toContain('Skip to content');
    await page.getByLabel('Language', { exact: true }).selectOption('de');
    await expectPage(page, 'Werde die Führungskraft, die dein Team braucht');
    await expectVisible(page.getByLabel('Sprache', { exact: true }));
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('de');
    await arrive('landing page');

    await page.getByRole('link', { name: 'Starte deinen ersten Wachstumszyklus' }).click();
    await expectPage(page, 'Erstelle dein Konto');
    await arrive('sign-up');
    await screenshot(page, 'german-sign-up');
    const leader = newAccount('Greta Grün');
    await page.getByLabel('Dein Name').fill(leader.name);
    await page.getByLabel('E-Mail', { exact: true }).fill(leader.email);
    await page.getByLabel('Passwort', { exact: true }).fill(leader.password);
    await page.getByRole('button', { name: 'Konto erstellen' }).click();

    // Signed in: the first growth cycle, inside the app's frame, with the unconfirmed address's notice.
    await page.waitForURL(/\/cycles\/new$/);
    const mainNavigation = page.getByRole('navigation', { name: 'Hauptnavigation' });
    await expectVisible(mainNavigation.getByRole('link', { name: 'Arbeitsbereiche' }));
    await expectVisible(page.getByRole('region', { name: 'Bestätige deine E-Mail-Adresse' }));
    await page.getByRole('heading', { level: 1 }).waitFor();
    await arrive('start a growth cycle');

    // The choice is this device's: a reload keeps German, and the page says so to screen readers.
    await page.reload();
    await expectVisible(mainNavigation.getByRole('link', { name: 'Konto' }));
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('de');
    expect(await page.getByLabel('Sprache', { exact: true }).inputValue()).toBe('de');

    await mainNavigation.getByRole('link', { name: 'Arbeitsbereiche' }).click();
    await page.waitForURL((url) => url.pathname === '/');
    await page.getByRole('heading', { level: 1 }).waitFor();
    await arrive('workspaces');
    await screenshot(page, 'german-workspaces');

    const { workspaces } = await api.get<{ workspaces: { id: string }[] }>('/api/workspaces');
    const workspaceId = workspaces[0]?.id as string;
    await page.goto(`/workspaces/${workspaceId}`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await arrive('workspace');

    const { cycle } = await api.post<{ cycle: { id: string } }>(`/api/workspaces/${workspaceId}/cycles`, {
      problem: 'Mein Team erzählt mir von Problemen erst, wenn es zu spät ist.',
      goal: 'Ich möchte so zuhören, dass mein Team mir Probleme früh erzählt.',
      competencyKey: 'listening-with-empathy',
      baseline: {},
    });
    await page.goto(`/cycles/${cycle.id}`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await arrive('growth cycle');
    await screenshot(page, 'german-cycle');

    await mainNavigation.getByRole('link', { name: 'Konto' }).click();
    await expectPage(page, leader.name, 'Konto');
    await expectVisible(page.getByRole('heading', { name: 'Zweistufige Anmeldung' }));
    await arrive('account');
    await screenshot(page, 'german-account');
    await page.getByRole('button', { name: 'Zweistufige Anmeldung einrichten' }).click();
    await expectVisible(
      page.getByRole('heading', { name: 'Scanne diesen Code mit deiner Authenticator-App' }),
    );
    await arrive('two-step sign-in set-up');

    await page.goto('/no-such-page');
    await expectPage(page, 'Seite nicht gefunden');
    await arrive('page not found');
    await page.getByRole('link', { name: 'Zu deinen Arbeitsbereichen' }).click();
    await page.waitForURL((url) => url.pathname === '/');

    // Signing out and back in, still in German.
    await page.getByRole('button', { name: 'Abmelden' }).click();
    await expectPage(page, 'Anmelden');
    await expectVisible(page.getByText('Du bist abgemeldet.'));
    await arrive('sign-in after signing out');
    await page.getByRole('link', { name: 'Passwort vergessen?' }).click();
    await expectPage(page, 'Setze dein Passwort zurück');
    await arrive('forgot password');
    await page.getByRole('link', { name: 'Zurück zur Anmeldung' }).click();
    await expectPage(page, 'Anmelden');
    await page.getByLabel('E-Mail', { exact: true }).fill(leader.email);
    await page.getByLabel('Passwort', { exact: true }).fill(leader.password);
    await page.getByRole('button', { name: 'Anmelden', exact: true }).click();
    await page.waitForURL((url) => url.pathname === '/');
    await expectVisible(mainNavigation.getByRole('link', { name: 'Arbeitsbereiche' }));

    expect(leftovers).toEqual({});
    expect(pageProblems(page)).toEqual([]);
  });
});
