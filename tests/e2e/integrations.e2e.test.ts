import { describe, expect, test } from 'vitest';
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
    await page.getByRole('link', { name: 'Manage API tokens and webhooks' }).click();
    await expectPage(page, 'API tokens and webhooks');
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
});
