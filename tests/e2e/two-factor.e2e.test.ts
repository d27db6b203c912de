import { describe, expect, test } from 'vitest';
import { codeAt } from '../support/authenticator';
import { checkAccessibility } from './support/accessibility';
import { signedUpLeader } from './support/accounts';
import { browserUnavailableReason } from './support/browser';
import { e2eEnvironmentForTests } from './support/e2e-environment';
import { expectPage, expectVisible, fieldMessage } from './support/page-checks';
import { pageProblems } from './support/page-problems';
import { screenshot } from './support/screenshots';

const unavailable = browserUnavailableReason();
if (unavailable) console.warn(unavailable);

describe.skipIf(unavailable !== undefined)('two-step sign-in in the browser', () => {
  const env = e2eEnvironmentForTests();

  test('a leader turns it on, signs out, and signs in with the code their app shows', {
    timeout: 90_000,
  }, async () => {
    const { leader, page } = await signedUpLeader(env, 'Tomas Twostep');
    await page.goto('/account');
    await expectPage(page, leader.name, 'Account');
    const section = page.getByRole('region', { name: 'Two-step sign-in' });
    await section.getByRole('button', { name: 'Set up two-step sign-in' }).click();

    const scanHeading = section.getByRole('heading', { name: 'Scan this code with your authenticator app' });
    await expectVisible(scanHeading);
    expect(await scanHeading.evaluate((heading) => heading === document.activeElement)).toBe(true);
    await expectVisible(section.getByRole('img', { name: /QR code/ }));
    const secret = (await section.locator('.secret-key').textContent())?.trim() ?? '';
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    await checkAccessibility(page, 'two-step set-up');
    await screenshot(page, 'two-factor-setup');

    const codeInput = section.getByLabel('The 6-digit code your app shows');
    await codeInput.fill('12');
    await section.getByRole('button', { name: 'Turn on two-step sign-in' }).click();
    await expectVisible(section.getByText('Code must be the 6 digits your app shows'));
    expect(await fieldMessage(codeInput)).toContain('6 digits');
    await codeInput.fill(codeAt(secret, new Date()));
    await section.getByRole('button', { name: 'Turn on two-step sign-in' }).click();
    await expectVisible(section.getByRole('heading', { name: /Keep these recovery codes/ }));
    const codes = await section
      .getByRole('list', { name: 'Recovery codes' })
      .getByRole('listitem')
      .allTextContents();
    expect(codes).toHaveLength(10);
    await checkAccessibility(page, 'recovery codes');

    await page.getByRole('button', { name: 'Sign out' }).click();
    await expectPage(page, 'Sign in');
    await page.getByLabel('Email', { exact: true }).fill(leader.email);
    await page.getByLabel('Password', { exact: true }).fill(leader.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expectPage(page, 'Enter your code', 'Sign in');
    expect(
      await page.getByRole('heading', { level: 1 }).evaluate((heading) => heading === document.activeElement),
    ).toBe(true);
    await checkAccessibility(page, 'code step');
    await screenshot(page, 'two-factor-sign-in');

    const code = page.getByLabel('Code', { exact: true });
    await code.fill('000000');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expectVisible(page.getByText('The password or the code is not right.'));
    expect(await code.getAttribute('aria-invalid')).toBe('true');
    await checkAccessibility(page, 'code step with an error');

    // The code used to turn it on is spent; the app's next code (30 s on) is the one to type.
    await code.fill(codeAt(secret, new Date(Date.now() + 30_000)));
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expectPage(page, 'Your workspaces');

    await page.goto('/account');
    await expectVisible(page.getByText('You have 10 unused recovery codes.'));
    expect(pageProblems(page)).toEqual([]);
  });
});
