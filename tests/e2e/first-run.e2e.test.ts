import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { checkAccessibility } from './support/accessibility';
import { newAccount } from './support/accounts';
import { browserUnavailableReason, launchBrowser, newBrowserContext } from './support/browser';
import { clickCounter } from './support/click-budget';
import { linkIn } from './support/mail-message';
import { claimsOfMailOn, expectNoClaimOfMail } from './support/mail-truth';
import { expectPage, expectVisible } from './support/page-checks';
import { pageProblems, watchPageProblems } from './support/page-problems';
import { screenshot } from './support/screenshots';
import { type RunningServer, startServer } from './support/server-process';
import { type SmtpReceiver, startSmtpReceiver } from './support/smtp-receiver';
import { ensureWebClientBuilt } from './support/web-client-build';

const unavailable = browserUnavailableReason();
if (unavailable) console.warn(unavailable);

/** The promise of issue 10: from the landing page to links in hand in at most this many clicks. */
const clickBudget = 25;

// Two direct reports, two peers, a manager and someone else: the usual first list, and one where no
// group can ever have figures of its own, which the "ask for input" step must say before it opens.
const unique = Date.now().toString(36);
const people = [
  { name: 'Dana Direct', email: `dana.${unique}@example.com`, group: 'direct report' },
  { name: 'Dev Direct', email: null, group: 'direct report' },
  { name: 'Pia Peer', email: `pia.${unique}@example.com`, group: 'peer' },
  { name: 'Paul Peer', email: null, group: 'peer' },
  { name: 'Mara Manager', email: `mara.${unique}@example.com`, group: 'manager' },
  { name: 'Olu Other', email: `olu.${unique}@example.com`, group: 'other' },
];
const pastedList = people
  .map((person) => `${person.name}${person.email ? ` <${person.email}>` : ''}, ${person.group}`)
  .join('\n');

type WalkOptions = { mailServer: boolean; screenshots?: boolean; detourToStakeholders?: boolean };

type Walk = { page: Page; counter: ReturnType<typeof clickCounter>; visited: string[] };

describe.skipIf(unavailable !== undefined)(
  'first run: a new manager from the landing page to links in hand',
  () => {
    let browser: Browser;
    let mail: SmtpReceiver;
    const servers: RunningServer[] = [];

    beforeAll(async () => {
      await ensureWebClientBuilt();
      mail = await startSmtpReceiver();
      browser = await launchBrowser();
    }, 180_000);

    afterAll(async () => {
      for (const server of servers) await server.stop().catch(() => undefined);
      await browser?.close().catch(() => undefined);
      await mail?.stop().catch(() => undefined);
    });

    /** A server of its own for each configuration; the browser is shared by the whole file. */
    async function serverWith(env: Record<string, string>) {
      const server = await startServer({ smtpPort: mail.port, env });
      servers.push(server);
      return server;
    }

    /**
     * Landing page → sign-up → a growth cycle → the people to ask → an open round. Every page on the way
     * is checked with axe and for sentences claiming mail; returns the walk for the caller's checks.
     */
    async function walkToOpenRound(
      baseUrl: string,
      { mailServer, screenshots = false, detourToStakeholders = false }: WalkOptions,
    ): Promise<Walk> {
      const context = await newBrowserContext(browser, baseUrl);
      await context.grantPermissions(['clipboard-read', 'clipboard-write']);
      const page = await context.newPage();
      watchPageProblems(page);
      const consoleHttpErrors: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error' && /status of 4\d\d/.test(message.text())) {
          consoleHttpErrors.push(`${page.url()}: ${message.text()}`);
        }
      });
      const visited: string[] = [];
      const arrive = async (label: string) => {
        await checkAccessibility(page, label);
        if (!mailServer) await expectNoClaimOfMail(page);
        visited.push(label);
      };
      const counter = clickCounter();
      const leader = newAccount('Noor Newmanager');

      // A first visit: what this is, and one clear way to start. No error in the console.
      await page.goto('/');
      await expectPage(page, 'Grow into the leader your team needs');
      await arrive('landing page');
      expect(consoleHttpErrors).toEqual([]);
      if (screenshots) await screenshot(page, 'first-run-landing');

      await counter.click(page.getByRole('link', { name: 'Start your first growth cycle' }));
      await expectPage(page, 'Create your account');
      await arrive('sign-up');
      await page.getByLabel('Your name').fill(leader.name);
      await page.getByLabel('Email', { exact: true }).fill(leader.email);
      await page.getByLabel('Password', { exact: true }).fill(leader.password);
      await counter.click(page.getByRole('button', { name: 'Create account' }));

      // Straight to the first growth cycle, not a workspace list or an admin console.
      await expectPage(page, 'Start a growth cycle');
      await arrive('start a growth cycle');
      if (mailServer) {
        // Feedforward emails people in the leader's name only once the address is confirmed: the
        // leader opens the link in their own inbox, in another tab (no click on these pages).
        const confirmation = await mail.waitForMessage(
          leader.email,
          'Confirm your email address for Feedforward',
        );
        const inbox = await context.newPage();
        await inbox.goto(linkIn(confirmation, '/verify-email'));
        await inbox.getByRole('button', { name: 'Confirm my email address' }).click();
        await expectPage(inbox, 'Your email address is confirmed');
        await inbox.close();
      }
      await page
        .getByLabel('The situation, in your own words')
        .fill('My team keeps missing deadlines and nobody tells me until it is too late.');
      await counter.click(page.getByRole('button', { name: 'Continue' }));
      await expectVisible(page.getByRole('heading', { name: 'Choose a capability to build' }));
      await expectVisible(page.getByText(/Matches what you wrote: .*“deadlines”/));
      await arrive('choose a capability');
      if (screenshots) await screenshot(page, 'first-run-suggestions');
      await counter.check(page.getByRole('radio', { name: 'Fostering ownership and accountability' }));
      await counter.click(page.getByRole('button', { name: 'Continue' }));
      const goal = page.getByLabel('Your goal', { exact: true });
      expect(await goal.inputValue()).not.toContain('…');
      await goal.fill(`${await goal.inputValue()}problems come to me while they are still small.`);
      await counter.click(page.getByRole('button', { name: 'Continue' }));
      await expectVisible(page.getByRole('heading', { name: 'Rate yourself today' }));
      await arrive('rate yourself');
      await counter.click(page.getByRole('button', { name: 'Start growth cycle' }));

      // Asking for input: the people are added right here, pasted from a list.
      await expectPage(page, 'Fostering ownership and accountability');
      await expectVisible(page.getByRole('heading', { name: 'Ask for input' }));
      const stages = page.getByRole('list', { name: 'Growth cycle stages' });
      expect(await stages.locator('[aria-current="step"]').textContent()).toContain('Listen');
      await arrive('ask for input, nobody listed yet');
      await counter.click(page.getByText('Paste a list instead'));
      await page.getByLabel('People to add').fill(pastedList);
      await counter.click(page.getByRole('button', { name: 'Check list' }));
      await counter.click(page.getByRole('button', { name: `Add ${people.length} people` }));
      await expectVisible(page.getByText(`${people.length} of ${people.length} selected`));
      // 2/2/1/1: no group reaches k = 3, and the leader is told so before anyone is asked.
      const grouping = page.getByRole('status').filter({ hasText: 'How the results will be grouped' });
      await expectVisible(grouping.getByText(/everyone’s answers together, never per group/));
      await arrive('ask for input, everyone chosen');
      if (screenshots) await screenshot(page, 'first-run-ask-for-input');
      if (detourToStakeholders) {
        // Not needed to get the links, so outside the budget: the stakeholders page leads back to the cycle.
        const cycleUrl = page.url();
        await page.getByRole('link', { name: 'Manage your stakeholders' }).click();
        await expectPage(page, 'Stakeholders');
        await arrive('stakeholders, from the cycle');
        await page.getByRole('link', { name: 'Back to your growth cycle' }).first().click();
        await expectVisible(page.getByText(`${people.length} of ${people.length} selected`));
        expect(page.url()).toBe(cycleUrl);
      }
      await counter.click(page.getByRole('button', { name: /^Open round/ }));
      // Nothing on the way answered with an error the person did not cause.
      expect(consoleHttpErrors).toEqual([]);
      return { page, counter, visited };
    }

    test('without a mail server: links in hand within the click budget, and no page claims an email went out', {
      timeout: 240_000,
    }, async () => {
      const server = await serverWith({ SMTP_URL: '' });
      const { page, counter, visited } = await walkToOpenRound(server.baseUrl, {
        mailServer: false,
        screenshots: true,
      });

      // A ready message per person, each with their group's link, and all of them copied in one go.
      const panel = page.getByRole('region', { name: /send these messages/ });
      const messages = panel.getByRole('list', { name: 'Messages to send' });
      await expectVisible(messages);
      expect(await messages.getByRole('listitem').count()).toBe(people.length);
      for (const person of people) {
        expect(await panel.getByLabel(`Message for ${person.name}`).inputValue()).toMatch(/\/a\/[\w-]+\n/);
      }
      await counter.click(panel.getByRole('button', { name: 'Copy all messages as a list' }));
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      for (const person of people) expect(copied).toContain(person.name.split(' ')[0]);
      expect(copied).toMatch(/\/a\/[\w-]+/);
      await checkAccessibility(page, 'links in hand');
      await expectNoClaimOfMail(page);
      visited.push('links in hand');
      await screenshot(page, 'first-run-links');
      expect(
        counter.count,
        `clicks from the landing page to links in hand (budget ${clickBudget})`,
      ).toBeLessThanOrEqual(clickBudget);
      console.log(`first run without SMTP: ${counter.count} clicks over ${visited.length} screens`);

      // The leader leaves the page and the messages with it; the round's page gets them again.
      await page.reload();
      await expectVisible(page.getByRole('heading', { name: 'Listening' }));
      expect(await page.getByLabel(`Message for ${people[1]?.name}`).count()).toBe(0);
      await page.getByRole('link', { name: 'Open the round' }).click();
      await expectPage(page, 'Listening round');
      await expectNoClaimOfMail(page);
      await page.getByRole('button', { name: 'Get the links again' }).click();
      const again = page.getByRole('region', { name: 'Messages to send' });
      const refetched = await again.getByLabel(`Message for ${people[1]?.name}`).inputValue();
      const link = refetched.match(/https?:\/\/\S+\/a\/[\w-]+/)?.[0];
      expect(link).toBeDefined();
      await checkAccessibility(page, 'links again');
      await expectNoClaimOfMail(page);

      // The link fetched again works: it opens the answer form for someone with no account.
      const stakeholder = await newBrowserContext(browser, server.baseUrl);
      const answerPage = await stakeholder.newPage();
      watchPageProblems(answerPage);
      await answerPage.goto(link as string);
      await expectVisible(answerPage.getByRole('button', { name: 'Send my answers' }));
      expect(pageProblems(answerPage)).toEqual([]);
      await stakeholder.close();

      expect(
        mail.messages.filter((message) => people.some((p) => p.email && message.to.includes(p.email))),
      ).toEqual([]);
      expect(pageProblems(page)).toEqual([]);
    });

    test('with a mail server: links in hand for those without email, and every email a page mentions arrives', {
      timeout: 240_000,
    }, async () => {
      const server = await serverWith({});
      const { page, counter } = await walkToOpenRound(server.baseUrl, {
        mailServer: true,
        detourToStakeholders: true,
      });

      const withoutEmail = people.filter((person) => !person.email);
      const panel = page.getByRole('region', { name: /send these messages/ });
      const links = panel.getByRole('list', { name: 'Messages to send' });
      await expectVisible(links);
      expect(await links.getByRole('listitem').count()).toBe(withoutEmail.length);
      await checkAccessibility(page, 'links in hand, others emailed');
      expect(counter.count).toBeLessThanOrEqual(clickBudget);

      // What the page says was emailed did arrive, one invitation per person with an address.
      const withEmail = people.filter((person) => person.email);
      expect(await claimsOfMailOn(page)).toEqual(['emailed the other']);
      await expectVisible(
        panel.getByText(`Feedforward emailed the other ${withEmail.length} people their own link.`),
      );
      for (const person of withEmail) {
        const invitation = await mail.waitForMessage(person.email as string, /Noor Newmanager/);
        expect(invitation.text).toMatch(/\/a\/[\w-]+/);
      }
      expect(pageProblems(page)).toEqual([]);
    });
  },
);
