import { describe, expect, test } from 'vitest';
import { checkAccessibility } from './support/accessibility';
import { newAccount, signUpInContext } from './support/accounts';
import { apiFor } from './support/api-client';
import { browserUnavailableReason } from './support/browser';
import { e2eEnvironmentForTests } from './support/e2e-environment';
import { linkIn } from './support/mail-message';
import { expectPage, expectVisible } from './support/page-checks';

const unavailable = browserUnavailableReason();
if (unavailable) console.warn(unavailable);

const people = [
  { name: 'Ada Acme', email: 'ada@acme.example', relationshipGroup: 'direct_report' },
  { name: 'Ben Acme', email: 'ben@acme.example', relationshipGroup: 'direct_report' },
  { name: 'Cy Acme', email: 'cy@acme.example', relationshipGroup: 'peer' },
];

describe.skipIf(unavailable !== undefined)('an admin approves the people a leader asks', () => {
  const env = e2eEnvironmentForTests();

  test('the admin turns approval on, the leader asks, the admin approves, the links go out', {
    timeout: 120_000,
  }, async () => {
    // Set-up through the API: an organization, and a leader who joins it through their invitation.
    const adminAccount = newAccount('Ann Admin');
    const admin = await env.newVisitor();
    await signUpInContext(admin.context, env, adminAccount);
    const adminApi = apiFor(admin.context.request, env.baseUrl);
    const { id: workspaceId } = await adminApi.post<{ id: string }>('/api/workspaces', { name: 'Acme' });
    const leaderAccount = newAccount('Lee Leader');
    await adminApi.post(`/api/workspaces/${workspaceId}/invitations`, {
      email: leaderAccount.email,
      role: 'leader',
    });
    const invitation = await env.mail.waitForMessage(leaderAccount.email, /invited you to Acme/);
    const token = new URL(linkIn(invitation, '/invitations/accept')).hash.replace('#token=', '');
    const leader = await env.newVisitor();
    await signUpInContext(leader.context, env, leaderAccount);
    const leaderApi = apiFor(leader.context.request, env.baseUrl);
    await leaderApi.post('/api/invitations/accept', { token });
    const { cycle } = await leaderApi.post<{ cycle: { id: string } }>(
      `/api/workspaces/${workspaceId}/cycles`,
      {
        problem: 'My team never tells me about problems until it is too late.',
        goal: 'I want to get better at listening with empathy so that my team tells me about problems early.',
        competencyKey: 'listening-with-empathy',
        baseline: {},
      },
    );
    for (const person of people) await leaderApi.post(`/api/workspaces/${workspaceId}/stakeholders`, person);

    // The admin turns approval on.
    await admin.page.goto(`/workspaces/${workspaceId}`);
    await expectPage(admin.page, 'Acme');
    await admin.page.getByLabel('An admin approves the people each leader asks before a round opens').check();
    await admin.page.getByRole('button', { name: 'Save rules' }).click();
    await expectVisible(admin.page.getByText('Saved. Rounds opened from now on follow these rules.'));

    // The leader asks: the round waits, and nothing is sent.
    await leader.page.goto(`/cycles/${cycle.id}`);
    for (const person of people)
      await leader.page.getByRole('checkbox', { name: new RegExp(person.name) }).check();
    await leader.page.getByRole('button', { name: 'Ask an admin to approve this list' }).click();
    await expectVisible(leader.page.getByRole('heading', { name: 'Waiting for approval' }));
    await expectVisible(leader.page.getByText(/checks the list of 3 people before anyone is asked/));
    await checkAccessibility(leader.page, 'cycle waiting for approval');

    // The admin sees the list, person by person, and approves it.
    await admin.page.reload();
    const lists = admin.page.getByRole('region', { name: 'Lists waiting for approval' });
    await expectVisible(lists.getByRole('heading', { name: /Lee Leader asks 3 people/ }));
    for (const person of people) await expectVisible(lists.getByRole('cell', { name: person.email }));
    await checkAccessibility(admin.page, 'workspace with a waiting list');
    await lists.getByRole('button', { name: 'Approve and open the round' }).click();
    await expectVisible(admin.page.getByText('No lists waiting'));

    // The round is open: every person's link arrives, and the leader sees the round.
    for (const person of people) {
      const mail = await env.mail.waitForMessage(person.email, 'Lee Leader would value your feedforward');
      expect(linkIn(mail, '/a/')).toMatch(/\/a\/[\w-]+$/);
    }
    await leader.page.reload();
    await expectVisible(leader.page.getByText('0 of 3 have answered'));
    expect(await leader.page.getByRole('heading', { name: 'Waiting for approval' }).count()).toBe(0);
  });
});
