import { describe, expect, test } from 'vitest';
import { codeAt } from '../support/authenticator';
import { checkAccessibility } from './support/accessibility';
import { signedUpLeader } from './support/accounts';
import { browserUnavailableReason } from './support/browser';
import { e2eEnvironmentForTests } from './support/e2e-environment';
import { expectPage, expectVisible } from './support/page-checks';
import { pageProblems } from './support/page-problems';

const unavailable = browserUnavailableReason();
if (unavailable) console.warn(unavailable);

describe.skipIf(unavailable !== undefined)('an operator requires two-step sign-in of admins', () => {
  const env = e2eEnvironmentForTests({ serverEnv: { REQUIRE_2FA_FOR_ADMINS: 'true' } });

  test('an organization admin without it lands on the account page until it is on', {
    timeout: 90_000,
  }, async () => {
    const { leader, page, api } = await signedUpLeader(env, 'Ines Required');
    await api.post('/api/workspaces', { name: 'Acme Required' });

    await page.goto('/');
    await expectPage(page, leader.name, 'Account');
    const section = page.getByRole('region', { name: 'Two-step sign-in' });
    await expectVisible(section.getByText('Required on this server'));
    await checkAccessibility(page, 'two-step required');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Workspaces' }).click();
    await expectPage(page, leader.name, 'Account');

    await section.getByRole('button', { name: 'Set up two-step sign-in' }).click();
    const secret = (await section.locator('.secret-key').textContent())?.trim() ?? '';
    await section.getByLabel('The 6-digit code your app shows').fill(codeAt(secret, new Date()));
    await section.getByRole('button', { name: 'Turn on two-step sign-in' }).click();
    await expectVisible(section.getByRole('heading', { name: /Keep these recovery codes/ }));

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Workspaces' }).click();
    await expectPage(page, 'Your workspaces');
    await expectVisible(page.getByRole('link', { name: /Acme Required/ }));
    expect(pageProblems(page)).toEqual([]);
  });
});
