import { describe, expect, test } from 'vitest';
import { checkAccessibility } from './support/accessibility';
import { signedUpLeader } from './support/accounts';
import { browserUnavailableReason } from './support/browser';
import { e2eEnvironmentForTests } from './support/e2e-environment';
import { expectPage, expectVisible, fieldMessage } from './support/page-checks';
import { pageProblems } from './support/page-problems';
import { screenshot } from './support/screenshots';

const unavailable = browserUnavailableReason();
if (unavailable) console.warn(unavailable);

describe.skipIf(unavailable !== undefined)('data rights in the browser', () => {
  const env = e2eEnvironmentForTests();

  test('a leader downloads their data, then deletes their account', { timeout: 60_000 }, async () => {
    const { leader, page } = await signedUpLeader(env, 'Dora Departing');

    await page.goto('/');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Account' }).click();
    await expectPage(page, leader.name, 'Account');
    await checkAccessibility(page);
    await screenshot(page, 'account');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Download my data' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^feedforward-export-\d{4}-\d{2}-\d{2}\.zip$/);

    await page.getByLabel('Your password').fill(leader.password);
    await page.getByLabel('Type DELETE to confirm').fill('delete');
    await page.getByRole('button', { name: 'Delete my account' }).click();
    const confirmInput = page.getByLabel('Type DELETE to confirm');
    await expectVisible(page.getByText('Type DELETE in capital letters to confirm'));
    expect(await fieldMessage(confirmInput)).toContain('Type DELETE in capital letters');
    await checkAccessibility(page, 'account with an error');

    await confirmInput.fill('DELETE');
    await page.getByRole('button', { name: 'Delete my account' }).click();
    const dialog = page.getByRole('dialog', { name: 'Delete your account for good?' });
    await expectVisible(dialog);
    await screenshot(page, 'account-delete-confirm');
    await dialog.getByRole('button', { name: 'Delete everything' }).click();
    await expectPage(page, 'Sign in');
    await expectVisible(page.getByText('Your account and everything in it were deleted.'));

    await page.getByLabel('Email', { exact: true }).fill(leader.email);
    await page.getByLabel('Password', { exact: true }).fill(leader.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expectVisible(page.getByText('Email or password is not right.'));
    expect(pageProblems(page)).toEqual([]);
  });

  test('an admin sets how long written answers are kept', { timeout: 60_000 }, async () => {
    const { page } = await signedUpLeader(env, 'Rhea Retention');
    await page.goto('/');
    await page.getByRole('link', { name: /Rhea Retention's workspace/ }).click();
    // A personal workspace keeps its settings folded away until the leader looks for them.
    await page.getByText('Workspace settings').click();
    const months = page.getByLabel('Months to keep written answers');
    await expectVisible(months);
    await months.fill('200');
    await page
      .getByRole('region', { name: 'Keeping written answers' })
      .getByRole('button', { name: 'Save' })
      .click();
    await expectVisible(page.getByText('Keep free-text answers for at most 120 months'));
    await months.fill('18');
    await page
      .getByRole('region', { name: 'Keeping written answers' })
      .getByRole('button', { name: 'Save' })
      .click();
    await expectVisible(
      page.getByText('Written answers will be removed 18 months after their round closes.'),
    );
    await page.reload();
    expect(await page.getByLabel('Months to keep written answers').inputValue()).toBe('18');
    await checkAccessibility(page);
    expect(pageProblems(page)).toEqual([]);
  });
});
