import { describe, test } from 'vitest';
import { checkAccessibility } from './support/accessibility';
import { newAccount, signUpInContext } from './support/accounts';
import { apiFor } from './support/api-client';
import { browserUnavailableReason } from './support/browser';
import { e2eEnvironmentForTests } from './support/e2e-environment';
import { linkIn } from './support/mail-message';
import { expectPage, expectVisible } from './support/page-checks';

const unavailable = browserUnavailableReason();
if (unavailable) console.warn(unavailable);

describe.skipIf(unavailable !== undefined)('an organization runs a program', () => {
  const env = e2eEnvironmentForTests();

  test('an admin creates a program and invites leaders; a leader joins and starts a cycle in it; insight says "not enough data"', {
    timeout: 120_000,
  }, async () => {
    const admin = await env.newVisitor();
    await signUpInContext(admin.context, env, newAccount('Ann Admin'));
    const { id: workspaceId } = await apiFor(admin.context.request, env.baseUrl).post<{ id: string }>(
      '/api/workspaces',
      { name: 'Acme' },
    );

    // The admin finds programs on the organization's page and creates one.
    await admin.page.goto(`/workspaces/${workspaceId}`);
    await admin.page.getByRole('region', { name: 'Programs' }).getByRole('link').first().click();
    await expectPage(admin.page, 'Programs');
    await admin.page.getByLabel('Name').fill('Spring cohort');
    await admin.page.getByLabel('Starts on').fill('2026-01-05');
    await admin.page.getByLabel('Ends on').fill('2026-06-30');
    await admin.page.getByRole('button', { name: 'Create program' }).click();
    await expectPage(admin.page, 'Spring cohort');
    await checkAccessibility(admin.page, 'program page');

    // Leaders pasted as a list: a line that is not a person is reported, the others are invited.
    const leader = newAccount('Lee Leader');
    await admin.page.getByLabel('People to invite').fill(`Lee Leader, ${leader.email}\nnot an address`);
    await admin.page.getByRole('button', { name: 'Invite', exact: true }).click();
    await expectVisible(admin.page.getByRole('heading', { name: 'Lines not invited' }));
    await expectVisible(admin.page.getByText('Invited', { exact: true }));

    // The leader follows the mailed link, joins, and lands on starting a cycle in the program.
    const invitation = await env.mail.waitForMessage(
      leader.email,
      /invited you to the Spring cohort program/,
    );
    const visitor = await env.newVisitor();
    await signUpInContext(visitor.context, env, leader);
    await visitor.page.goto(linkIn(invitation, '/programs/accept'));
    await expectPage(visitor.page, 'Join your program');
    await visitor.page.getByRole('button', { name: 'Join the program' }).click();
    await expectPage(visitor.page, 'Start a growth cycle');
    await expectVisible(visitor.page.getByText('Part of Spring cohort'));

    // The admin sees the status, never the leader's cycle; one leader is below k everywhere.
    await admin.page.reload();
    await expectVisible(admin.page.getByText('Joined', { exact: true }));
    await admin.page.goto(`${new URL(admin.page.url()).pathname}/insight`);
    await expectPage(admin.page, 'Program insight', 'Spring cohort: insight');
    await expectVisible(admin.page.getByText(/Not enough data/).first());
    await checkAccessibility(admin.page, 'program insight below k');
  });
});
