import { describe, expect, test } from 'vitest';
import { startWebhookReceiver, verifySignature } from '../support/webhook-receiver';
import { checkAccessibility } from './support/accessibility';
import { signedUpLeader } from './support/accounts';
import { browserUnavailableReason } from './support/browser';
import { e2eEnvironmentForTests } from './support/e2e-environment';
import { expectPage, expectVisible, fieldMessage } from './support/page-checks';
import { pageProblems } from './support/page-problems';

const unavailable = browserUnavailableReason();
if (unavailable) console.warn(unavailable);

describe.skipIf(unavailable !== undefined)('API tokens and webhooks in the browser', () => {
  const env = e2eEnvironmentForTests();

  test('a leader creates a token, a script uses it, and the leader revokes it', {
    timeout: 90_000,
  }, async () => {
    const { page } = await signedUpLeader(env, 'Tara Token');
    await page.goto('/account');
    await page.getByRole('link', { name: 'Manage calendar, chat and integrations' }).click();
    await expectPage(page, 'Calendar, chat and integrations');
    const section = page.getByRole('region', { name: 'Personal API tokens' });
    await expectVisible(section.getByText('You have no tokens.'));

    const name = section.getByLabel('Name', { exact: true });
    await section.getByRole('button', { name: 'Create token' }).click();
    await expectVisible(section.getByText('Name is required'));
    expect(await fieldMessage(name)).toContain('Name is required');

    await name.fill('Monthly export');
    await section.getByLabel(/^Read and write/).check();
    await section.getByLabel('Expires after').selectOption('30');
    await section.getByRole('button', { name: 'Create token' }).click();
    const shown = section.getByTestId('new-api-token');
    await expectVisible(shown);
    const token = (await shown.textContent())?.trim() ?? '';
    expect(token).toMatch(/^ffp_[\w-]{43}$/);
    await expectVisible(section.getByRole('list', { name: 'Your API tokens' }).getByText('Monthly export'));
    await checkAccessibility(page, 'API tokens');

    const asScript = () =>
      fetch(`${env.baseUrl}/api/auth/me`, { headers: { authorization: `Bearer ${token}` } });
    expect((await asScript()).status).toBe(200);

    await section.getByRole('button', { name: 'Revoke Monthly export' }).click();
    const dialog = page.getByRole('dialog', { name: 'Revoke “Monthly export”?' });
    await expectVisible(dialog);
    await dialog.getByRole('button', { name: 'Revoke token' }).click();
    await expectVisible(section.getByText('You have no tokens.'));
    expect((await asScript()).status).toBe(401);
    expect(pageProblems(page)).toEqual([]);
  });

  test('a leader adds a webhook, sends a test, sees it delivered, and deletes the webhook', {
    timeout: 90_000,
  }, async () => {
    const receiver = await startWebhookReceiver();
    try {
      const { page } = await signedUpLeader(env, 'Walt Webhook');
      await page.goto('/account/integrations');
      await expectPage(page, 'Calendar, chat and integrations');
      const section = page.getByRole('region', { name: 'Webhooks' });
      const url = section.getByLabel('URL', { exact: true });
      await url.fill('https://10.0.0.5/hook');
      await section.getByRole('button', { name: 'Add webhook' }).click();
      await expectVisible(section.getByText(/must not point to a private network/));
      expect(await fieldMessage(url)).toContain('private network');

      await url.fill(receiver.url);
      await section.getByRole('button', { name: 'Add webhook' }).click();
      const shown = section.getByTestId('new-webhook-secret');
      await expectVisible(shown);
      const secret = (await shown.textContent())?.trim() ?? '';
      expect(secret).toMatch(/^whsec_/);
      const list = section.getByRole('list', { name: 'Your webhooks' });
      await expectVisible(list.getByText(receiver.url));
      await checkAccessibility(page, 'webhooks');

      await list.getByRole('button', { name: 'Send a test' }).click();
      await expectVisible(list.getByText('A test delivery is on its way; its result appears in the log.'));
      // The server's job runner sends it; the log shows it once the page loads again after that.
      for (let tries = 0; tries < 20 && receiver.received.length === 0; tries++)
        await new Promise((resolve) => setTimeout(resolve, 250));
      expect(receiver.received).toHaveLength(1);
      const [delivery] = receiver.received;
      expect(
        verifySignature(secret, delivery?.body ?? '', delivery?.headers['feedforward-signature'] as string),
      ).toBe(true);
      await page.reload();
      await expectVisible(page.getByRole('cell', { name: 'delivered' }));

      await page.getByRole('button', { name: `Delete the webhook to ${receiver.url}` }).click();
      const dialog = page.getByRole('dialog', { name: 'Delete this webhook?' });
      await dialog.getByRole('button', { name: 'Delete webhook' }).click();
      await expectVisible(page.getByText('You have no webhooks.'));
      expect(pageProblems(page)).toEqual([]);
    } finally {
      await receiver.stop();
    }
  });

  // Issue 17: the integrations page reads in German, its messages from actions included.
  test('a leader reads the integrations page in German and creates a token there', {
    timeout: 90_000,
  }, async () => {
    const { page, context } = await signedUpLeader(env, 'Gerd Deutsch');
    await context.addInitScript(() => localStorage.setItem('feedforward.language', 'de'));
    await page.goto('/account/integrations');
    await expectPage(page, 'Kalender, Chat und Integrationen');
    await expectVisible(page.getByRole('heading', { name: 'Kalender', exact: true }));
    await expectVisible(page.getByRole('button', { name: 'Kalender-Link erstellen' }));
    await expectVisible(page.getByRole('heading', { name: 'Slack oder Teams' }));
    const section = page.getByRole('region', { name: 'Persönliche API-Tokens' });
    await expectVisible(section.getByText('Du hast keine Tokens.'));
    await expectVisible(page.getByText('Du hast keine Webhooks.'));

    await section.getByLabel('Name', { exact: true }).fill('Export');
    await section.getByRole('button', { name: 'Token erstellen' }).click();
    await expectVisible(section.getByText(/Kopiere dein neues Token „Export“ jetzt/));
    const list = section.getByRole('list', { name: 'Deine API-Tokens' });
    await expectVisible(list.getByText(/lesen · läuft ab am .* · nie genutzt/));
    await checkAccessibility(page, 'integrations in German');
    expect(pageProblems(page)).toEqual([]);
  });
});
