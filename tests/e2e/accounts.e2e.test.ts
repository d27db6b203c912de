import { describe, expect, test } from 'vitest';
import { checkAccessibility } from './support/accessibility';
import { newAccount, signedUpLeader, signUpInContext } from './support/accounts';
import { browserUnavailableReason, phoneViewport } from './support/browser';
import { e2eEnvironmentForTests } from './support/e2e-environment';
import { linkIn } from './support/mail-message';
import { expectPage, expectVisible, fieldMessage, fitsViewportWidth } from './support/page-checks';
import { pageProblems } from './support/page-problems';
import { screenshot } from './support/screenshots';

const unavailable = browserUnavailableReason();
if (unavailable) console.warn(unavailable);

describe.skipIf(unavailable !== undefined)('accounts and workspaces in the browser', () => {
  const env = e2eEnvironmentForTests();

  // A first visit lands on what Feedforward is (not "Welcome back"), and sign-up leads straight to
  // starting a growth cycle; the workspace list is where a returning person signs in to.
  test('a new leader signs up, signs out and signs in again', { timeout: 60_000 }, async () => {
    const leader = newAccount('Ada Leader');
    const { page } = await env.newVisitor();

    await page.goto('/');
    await expectPage(page, 'Grow into the leader your team needs');
    await checkAccessibility(page);
    await screenshot(page, 'landing');

    await page.getByRole('link', { name: 'Sign in' }).first().click();
    await expectPage(page, 'Sign in');
    await checkAccessibility(page);
    await screenshot(page, 'sign-in');

    await page.getByRole('link', { name: 'Create an account' }).click();
    await expectPage(page, 'Create your account');
    await page.getByRole('button', { name: 'Create account' }).click();
    const nameInput = page.getByLabel('Your name');
    await expectVisible(page.getByText('Name is required'));
    expect(await nameInput.getAttribute('aria-invalid')).toBe('true');
    expect(await fieldMessage(nameInput)).toContain('Name is required');
    expect(await nameInput.evaluate((input) => input === document.activeElement)).toBe(true);
    await checkAccessibility(page, 'sign-up with errors');
    await screenshot(page, 'sign-up-errors');

    await nameInput.fill(leader.name);
    await page.getByLabel('Email', { exact: true }).fill(leader.email);
    await page.getByLabel('Password', { exact: true }).fill(leader.password);
    await page.getByRole('button', { name: 'Create account' }).click();
    await expectPage(page, 'Start a growth cycle');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Workspaces' }).click();
    await expectPage(page, 'Your workspaces');
    await expectVisible(page.getByRole('link', { name: /Ada Leader's workspace/ }));
    await checkAccessibility(page);
    await screenshot(page, 'home');

    await page.getByRole('button', { name: 'Sign out' }).click();
    await expectPage(page, 'Sign in');
    await expectVisible(page.getByText('You are signed out.'));

    await page.getByLabel('Email', { exact: true }).fill(leader.email);
    await page.getByLabel('Password', { exact: true }).fill('not the password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expectVisible(page.getByText('Email or password is not right.'));
    expect(await page.getByLabel('Password', { exact: true }).getAttribute('aria-invalid')).toBe('true');
    await checkAccessibility(page, 'sign-in with a wrong password');

    await page.getByLabel('Password', { exact: true }).fill(leader.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expectPage(page, 'Your workspaces');
    expect(pageProblems(page)).toEqual([]);
  });

  test('a leader who forgot the password resets it through the emailed link', {
    timeout: 60_000,
  }, async () => {
    const { leader, context, page } = await signedUpLeader(env, 'Rosa Reset');
    await context.clearCookies();

    await page.goto('/sign-in');
    await page.getByRole('link', { name: 'Forgot your password?' }).click();
    await expectPage(page, 'Reset your password');
    await checkAccessibility(page);
    await page.getByLabel('Email', { exact: true }).fill(leader.email);
    await page.getByRole('button', { name: 'Send reset link' }).click();
    await expectPage(page, 'Check your email', 'Reset your password');
    await checkAccessibility(page, 'reset link sent');

    const mail = await env.mail.waitForMessage(leader.email, 'Reset your Feedforward password');
    const link = linkIn(mail, '/reset-password');
    expect(link).toMatch(/\/reset-password#token=/);
    await page.goto(link);
    await expectPage(page, 'Choose a new password');
    // The secret leaves the address bar (and so the history) as soon as the page has read it.
    expect(page.url()).not.toContain('token');
    await checkAccessibility(page);
    await screenshot(page, 'reset-password');

    const newPassword = `${leader.password} renewed`;
    await page.getByLabel('New password').fill(newPassword);
    await page.getByRole('button', { name: 'Save new password' }).click();
    await expectPage(page, 'Sign in');
    await expectVisible(page.getByText('Your password was changed'));

    await page.getByLabel('Email', { exact: true }).fill(leader.email);
    await page.getByLabel('Password', { exact: true }).fill(leader.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expectVisible(page.getByText('Email or password is not right.'));

    await page.getByLabel('Password', { exact: true }).fill(newPassword);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expectPage(page, 'Your workspaces');
    expect(pageProblems(page)).toEqual([]);
  });

  // Feedforward mails nobody in an account's name before its owner opens the confirmation link.
  test('a new account confirms its address by the emailed link, and only then invites people by email', {
    timeout: 90_000,
  }, async () => {
    const founder = newAccount('Rosa Founder');
    const invitee = newAccount('Omar Invitee');
    const { page } = await env.newVisitor();
    await page.goto('/sign-up');
    await expectPage(page, 'Create your account');
    await page.getByLabel('Your name').fill(founder.name);
    await page.getByLabel('Email', { exact: true }).fill(founder.email);
    await page.getByLabel('Password', { exact: true }).fill(founder.password);
    await page.getByRole('button', { name: 'Create account' }).click();
    await expectPage(page, 'Start a growth cycle');
    const notice = page.getByRole('region', { name: 'Confirm your email address' });
    await expectVisible(notice.getByText(founder.email));
    await checkAccessibility(page, 'unconfirmed account notice');

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Workspaces' }).click();
    await page.getByLabel('Organization name').fill('Rosa Ventures');
    await page.getByRole('button', { name: 'Create organization' }).click();
    await expectPage(page, 'Rosa Ventures');
    const organization = page.url();
    await page.getByLabel('Email', { exact: true }).fill(invitee.email);
    await page.getByRole('button', { name: 'Send invitation' }).click();
    await expectVisible(page.getByText(/Confirm your email address first/));
    await checkAccessibility(page, 'invitation refused before confirming');

    const confirmation = await env.mail.waitForMessage(
      founder.email,
      'Confirm your email address for Feedforward',
    );
    await page.goto(linkIn(confirmation, '/verify-email'));
    await expectPage(page, 'Confirm your email address');
    expect(page.url()).not.toContain('token');
    await page.getByRole('button', { name: 'Confirm my email address' }).click();
    await expectPage(page, 'Your email address is confirmed');
    await checkAccessibility(page, 'address confirmed');

    await page.goto(organization);
    await expectPage(page, 'Rosa Ventures');
    expect(await notice.count()).toBe(0);
    await page.getByLabel('Email', { exact: true }).fill(invitee.email);
    await page.getByRole('button', { name: 'Send invitation' }).click();
    await expectVisible(page.getByText(`Invitation sent to ${invitee.email}.`));
    await env.mail.waitForMessage(invitee.email, 'invited you to Rosa Ventures');
    expect(pageProblems(page)).toEqual([]);
  });

  test('an admin invites a member by email, who signs up and accepts through the emailed link', {
    timeout: 90_000,
  }, async () => {
    const admin = newAccount('Grace Admin');
    const member = newAccount('Ken Coach');
    const adminVisit = await env.newVisitor();
    const adminPage = adminVisit.page;
    await signUpInContext(adminVisit.context, env, admin);

    await adminPage.goto('/');
    await expectPage(adminPage, 'Your workspaces');
    await expectVisible(adminPage.getByText('You are not in an organization yet'));
    await adminPage.getByLabel('Organization name').fill('Acme Engineering');
    await adminPage.getByRole('button', { name: 'Create organization' }).click();
    await expectPage(adminPage, 'Acme Engineering');
    await expectVisible(adminPage.getByText('Acme Engineering is ready.'));
    await checkAccessibility(adminPage, 'new organization');

    await adminPage.getByLabel('Email', { exact: true }).fill(member.email);
    await adminPage.getByRole('combobox', { name: 'Role' }).selectOption('coach');
    await adminPage.getByRole('button', { name: 'Send invitation' }).click();
    await expectVisible(adminPage.getByText(`Invitation sent to ${member.email}.`));
    const pending = adminPage.getByRole('list', { name: 'Pending invitations' });
    await expectVisible(pending.getByText(member.email));
    await expectVisible(adminPage.getByRole('list', { name: 'Outgoing email' }).getByText(/invited you to/));
    await checkAccessibility(adminPage, 'workspace with a pending invitation');
    await screenshot(adminPage, 'workspace-admin');

    const invitation = await env.mail.waitForMessage(member.email, 'invited you to Acme Engineering');
    const link = linkIn(invitation, '/invitations/accept');
    expect(link).toMatch(/\/invitations\/accept#token=/);

    const { page } = await env.newVisitor();
    await page.goto(link);
    await expectPage(page, 'You are invited to Feedforward', 'Accept your invitation');
    expect(page.url()).not.toContain('token');
    await checkAccessibility(page);
    await screenshot(page, 'invitation-signed-out');

    await page.getByRole('link', { name: 'Create an account' }).click();
    await expectPage(page, 'Create your account');
    expect(page.url()).not.toContain('token');
    await page.getByLabel('Your name').fill(member.name);
    await page.getByLabel('Email', { exact: true }).fill(member.email);
    await page.getByLabel('Password', { exact: true }).fill(member.password);
    await page.getByRole('button', { name: 'Create account' }).click();

    await expectPage(page, 'Accept your invitation');
    await checkAccessibility(page, 'accept invitation, signed in');
    await page.getByRole('button', { name: 'Accept invitation' }).click();
    await expectPage(page, 'Acme Engineering');
    await expectVisible(page.getByText('Welcome! You are now a member'));
    const members = page.getByRole('list', { name: 'Members' });
    await expectVisible(members.getByText(member.name));
    await expectVisible(members.getByText(admin.name));
    await checkAccessibility(page, 'workspace as a coach');
    await screenshot(page, 'workspace-member');

    await adminPage.reload();
    await expectPage(adminPage, 'Acme Engineering');
    const memberRow = adminPage.getByRole('listitem').filter({ hasText: member.email });
    await expectVisible(memberRow.getByText('Coach'));
    await expectVisible(adminPage.getByText('No invitations waiting'));
    expect(pageProblems(page)).toEqual([]);
    expect(pageProblems(adminPage)).toEqual([]);
  });

  test('an admin confirms before lowering the anonymity threshold', { timeout: 60_000 }, async () => {
    const { page } = await signedUpLeader(env, 'Lin Privacy');
    await page.goto('/');
    await page.getByLabel('Organization name').fill('Privacy First');
    await page.getByRole('button', { name: 'Create organization' }).click();
    await expectPage(page, 'Privacy First');

    const threshold = page.getByLabel('Minimum responses per group');
    await threshold.fill('5');
    await page.getByRole('button', { name: 'Save threshold' }).click();
    await expectVisible(page.getByText('Results now need at least 5 responses per group.'));

    await threshold.fill('3');
    await page.getByRole('button', { name: 'Save threshold' }).click();
    const dialog = page.getByRole('dialog', { name: 'Lower the threshold to 3?' });
    await expectVisible(dialog);
    await checkAccessibility(page, 'confirm lowering the threshold');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.reload();
    await expectPage(page, 'Privacy First');
    expect(await threshold.inputValue()).toBe('5');

    await threshold.fill('3');
    await page.getByRole('button', { name: 'Save threshold' }).click();
    await dialog.getByRole('button', { name: 'Lower to 3' }).click();
    await expectVisible(page.getByText('Results now need at least 3 responses per group.'));

    // Leaders without a zone of their own count days in the workspace's (decision 0032).
    await page.getByLabel('Workspace time zone').selectOption('Europe/Berlin');
    await page.getByRole('button', { name: 'Save time zone' }).click();
    await expectVisible(
      page.getByText('Leaders without a zone of their own now count days in Europe/Berlin.'),
    );
    await page.reload();
    await expectPage(page, 'Privacy First');
    expect(await page.getByLabel('Workspace time zone').inputValue()).toBe('Europe/Berlin');
    expect(pageProblems(page)).toEqual([]);
  });

  test('the landing page, sign-in and the home page fit a 360-pixel-wide phone', {
    timeout: 60_000,
  }, async () => {
    const leader = newAccount('Pat Phone');
    const { page } = await env.newVisitor({ viewport: phoneViewport, isMobile: true, hasTouch: true });

    await page.goto('/');
    await expectPage(page, 'Grow into the leader your team needs');
    expect(await fitsViewportWidth(page)).toBe(true);
    await checkAccessibility(page, 'landing on a phone');
    await screenshot(page, 'landing-phone');

    await page.goto('/sign-in');
    await expectPage(page, 'Sign in');
    expect(await fitsViewportWidth(page)).toBe(true);
    await checkAccessibility(page, 'sign-in on a phone');
    await screenshot(page, 'sign-in-phone');

    await page.getByRole('link', { name: 'Create an account' }).click();
    await page.getByLabel('Your name').fill(leader.name);
    await page.getByLabel('Email', { exact: true }).fill(leader.email);
    await page.getByLabel('Password', { exact: true }).fill(leader.password);
    await page.getByRole('button', { name: 'Create account' }).click();
    await expectPage(page, 'Start a growth cycle');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Workspaces' }).click();
    await expectPage(page, 'Your workspaces');
    expect(await fitsViewportWidth(page)).toBe(true);
    await checkAccessibility(page, 'home on a phone');
    await screenshot(page, 'home-phone');
    expect(pageProblems(page)).toEqual([]);
  });
});
