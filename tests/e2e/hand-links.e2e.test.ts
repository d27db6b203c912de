import { describe, expect, test } from 'vitest';
import { checkAccessibility } from './support/accessibility';
import { signedUpLeader } from './support/accounts';
import { browserUnavailableReason, phoneViewport } from './support/browser';
import { e2eEnvironmentForTests } from './support/e2e-environment';
import { expectPage, expectVisible } from './support/page-checks';
import { pageProblems } from './support/page-problems';
import { screenshot } from './support/screenshots';

const unavailable = browserUnavailableReason();
if (unavailable) console.warn(unavailable);

const unique = Date.now().toString(36);
const linkIn = (message: string) => message.match(/https?:\/\/\S+\/a\/[\w-]+/)?.[0] ?? '';

// The default configuration: no SMTP, so every link passes through the leader's hands (decision 0019).
describe.skipIf(unavailable !== undefined)('links passed on by hand, without a mail server', () => {
  const env = e2eEnvironmentForTests({ serverEnv: { SMTP_URL: '' } });

  test('the leader leaves the page, gets the links again, copies a ready message, and a peer answers through the group link', {
    timeout: 180_000,
  }, async () => {
    const { page, api, context } = await signedUpLeader(env, 'Lee Solo');
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const workspaceId = (await api.get<{ workspaces: { id: string }[] }>('/api/workspaces')).workspaces[0]
      ?.id;
    const { cycle } = await api.post<{ cycle: { id: string } }>(`/api/workspaces/${workspaceId}/cycles`, {
      problem: 'People keep interrupting each other in our meetings.',
      goal: 'I want to get better at listening with empathy so that everyone is heard.',
      competencyKey: 'listening-with-empathy',
      baseline: { 'let-people-finish': 3 },
    });
    const people = ['Ana Email', 'Bo Nomail', 'Cy Nomail', 'Di Later'];
    for (const [index, name] of people.entries()) {
      const email = index === 0 ? `ana.${unique}@example.com` : null;
      await api.post(`/api/workspaces/${workspaceId}/stakeholders`, {
        name,
        email,
        relationshipGroup: 'peer',
      });
    }

    await page.goto(`/cycles/${cycle.id}`);
    await expectPage(page, 'Listening with empathy');
    await page.getByRole('button', { name: 'Edit your starting point' }).click();
    await page
      .getByLabel('Your goal', { exact: true })
      .fill('I want to get better at listening so that everyone is heard.');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await expectVisible(page.getByText('Your changes are saved.'));
    await expectVisible(page.getByText('I want to get better at listening so that everyone is heard.'));
    // Everyone starts chosen on a first round; this one asks three of them.
    await page.getByRole('button', { name: 'Clear all' }).click();
    for (const name of people.slice(0, 3))
      await page.getByRole('checkbox', { name: new RegExp(name) }).check();
    await page.getByRole('button', { name: 'Open round and get the links' }).click();

    // One ready message per person, each with the peers' link: the same for all three.
    const panel = page.getByRole('region', { name: 'Your round is open: send these messages' });
    await expectVisible(panel);
    const messages = panel.getByRole('list', { name: 'Messages to send' });
    expect(await messages.getByRole('listitem').count()).toBe(3);
    const boMessage = await panel.getByLabel('Message for Bo Nomail').inputValue();
    expect(boMessage).toMatch(/^Hi Bo,/);
    expect(boMessage).toContain('about three minutes');
    expect(boMessage).toContain('never who');
    const firstLink = linkIn(boMessage);
    expect(firstLink).toMatch(/\/a\/[\w-]+$/);
    expect(linkIn(await panel.getByLabel('Message for Cy Nomail').inputValue())).toBe(firstLink);
    // Ana has an address: her message opens in the leader's own mail program; Bo has none.
    const mailto = await panel
      .getByRole('link', { name: 'Open in my email to Ana Email' })
      .getAttribute('href');
    expect(mailto).toMatch(/^mailto:ana\.[\w.]+@example\.com\?subject=.+&body=Hi%20Ana%2C/);
    expect(await panel.getByRole('link', { name: 'Open in my email to Bo Nomail' }).count()).toBe(0);
    await checkAccessibility(page, 'ready messages');
    await screenshot(page, 'round-ready-messages');
    await expectVisible(page.getByText('0 of 3 have answered'));

    // Once people are asked, the self-ratings are the "before" and no longer change.
    const startingPoint = page.getByRole('region', { name: 'Your starting point' });
    await startingPoint.getByRole('button', { name: 'Edit your starting point' }).click();
    await expectVisible(startingPoint.getByText('Your self-ratings stay as they were'));
    expect(await startingPoint.getByRole('heading', { name: 'How you rate yourself' }).count()).toBe(0);
    await startingPoint.getByRole('button', { name: 'Cancel' }).click();

    // The leader leaves the page: the messages are gone from it, but not lost.
    await page.reload();
    await expectPage(page, 'Listening with empathy');
    expect(await page.getByLabel('Message for Bo Nomail').count()).toBe(0);
    await page.getByRole('link', { name: 'Open the round' }).click();
    await expectPage(page, 'Listening round');
    await page.getByRole('button', { name: 'Get the links again' }).click();
    const again = page.getByRole('region', { name: 'Messages to send' });
    await expectVisible(again);
    const copy = again.getByRole('button', { name: 'Copy message for Bo Nomail' });
    await copy.click();
    await expectVisible(again.getByText('Message for Bo Nomail copied.'));
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toMatch(/^Hi Bo,/);
    const freshLink = linkIn(copied);
    expect(freshLink).toMatch(/\/a\/[\w-]+$/);
    expect(freshLink).not.toBe(firstLink);
    await checkAccessibility(page, 'links again');

    // Opened in the leader's own signed-in browser, the link shows nothing of the form.
    const roundPage = page.url();
    await page.goto(freshLink);
    await expectPage(page, 'This link is for someone you asked');
    await page.goto(roundPage);
    await expectPage(page, 'Listening round');

    // Someone forgotten joins with the link of their group.
    await page.getByLabel('Stakeholder', { exact: true }).selectOption({ label: 'Di Later (peer)' });
    await page.getByRole('button', { name: 'Invite' }).click();
    await expectVisible(page.getByText('Di Later is invited.'));
    const diPanel = page.getByRole('region', { name: 'Message for Di Later' });
    await expectVisible(diPanel);
    await page.getByLabel('Stakeholder', { exact: true }).selectOption({ label: 'Di Later (peer)' });
    await page.getByRole('button', { name: 'Invite' }).click();
    await expectVisible(page.getByText('Di Later is already invited to this round.'));
    await expectVisible(diPanel);
    await expectVisible(page.getByText('0 of 4 have answered'));
    await checkAccessibility(page, 'add someone');

    // Bo answers through the link copied a moment ago; the page says how it reached them.
    const bo = await env.newVisitor({ viewport: phoneViewport, isMobile: true, hasTouch: true });
    await bo.page.goto(freshLink);
    await expectPage(bo.page, 'Your ideas for Lee Solo', 'Suggestions for Lee Solo');
    const delivery = bo.page.getByRole('region', { name: 'How this link reached you' });
    await expectVisible(
      delivery.getByText('Lee Solo sent this same link to everyone in your group they asked'),
    );
    await checkAccessibility(bo.page, 'answer form through a group link');
    expect(await bo.page.getByRole('checkbox').count()).toBe(0);
    await bo.page.getByRole('button', { name: 'Send my answers' }).click();
    const first = bo.page.getByLabel(/One thing Lee Solo could do in the future/);
    await expectVisible(bo.page.getByText('Please write an answer here'));
    expect(await first.evaluate((input) => input === document.activeElement)).toBe(true);
    await checkAccessibility(bo.page, 'answer form with a missing answer');
    await first.fill('Let each person finish before you reply in our planning meetings.');
    await bo.page.getByRole('button', { name: 'Send my answers' }).click();
    await expectPage(bo.page, 'Thank you');
    // The same browser, the same link again: once per browser.
    await bo.page.goto(freshLink);
    await expectPage(bo.page, 'You have already answered');
    expect(pageProblems(bo.page)).toEqual([]);

    await page.reload();
    await expectVisible(page.getByText('1 of 4 have answered'));
    await page.getByRole('button', { name: 'Close now' }).click();
    const dialog = page.getByRole('dialog', { name: 'Close the round now?' });
    await expectVisible(dialog.getByText('Only 1 person has answered, fewer than the 3 needed.'));
    await dialog.getByRole('button', { name: 'Close round' }).click();
    await expectVisible(page.getByRole('heading', { name: 'Not enough answers to show results' }));
    expect(await page.getByRole('button', { name: 'Get the links again' }).count()).toBe(0);
    expect(await page.getByText('Let each person finish').count()).toBe(0);
    await checkAccessibility(page, 'too few answers');
    await screenshot(page, 'round-too-few');

    // The first link, never used, stops with the round.
    const cy = await env.newVisitor();
    await cy.page.goto(firstLink);
    await expectPage(cy.page, 'This round has closed');
    await checkAccessibility(cy.page, 'closed round link');
    await cy.page.goto('/answer');
    await expectPage(cy.page, 'This round has closed');
    expect(pageProblems(cy.page)).toEqual([]);

    const stranger = await env.newVisitor();
    await stranger.page.goto('/answer');
    await expectPage(stranger.page, 'This link does not work');
    await checkAccessibility(stranger.page, 'no link');
    expect(pageProblems(stranger.page)).toEqual([]);
    expect(pageProblems(page)).toEqual([]);
  });
});
