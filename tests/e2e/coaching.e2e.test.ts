import { describe, expect, test } from 'vitest';
import { checkAccessibility } from './support/accessibility';
import { newAccount, signedUpLeader } from './support/accounts';
import { browserUnavailableReason, phoneViewport } from './support/browser';
import { e2eEnvironmentForTests } from './support/e2e-environment';
import { expectPage, expectVisible, fitsViewportWidth } from './support/page-checks';
import { pageProblems } from './support/page-problems';
import { screenshot } from './support/screenshots';

const unavailable = browserUnavailableReason();
if (unavailable) console.warn(unavailable);

const sharedNote = 'I finish his sentences for him.';
const privateNote = 'I avoid Cy since the reorganisation.';

describe.skipIf(unavailable !== undefined)('coaching with consent, in the browser', () => {
  // The default configuration: no mail server, so the leader passes the link on.
  const env = e2eEnvironmentForTests({ serverEnv: { SMTP_URL: '' } });

  test('a leader invites a coach, shares one note, they comment both ways, and ending access ends it', {
    timeout: 240_000,
  }, async () => {
    const leaderSide = await signedUpLeader(env, 'Lena Leader');
    const { api, page } = leaderSide;
    const workspaces = await api.get<{ workspaces: { id: string }[] }>('/api/workspaces');
    const workspaceId = workspaces.workspaces[0]?.id as string;
    await api.post(`/api/workspaces/${workspaceId}/cycles`, {
      problem: 'My team never tells me about problems until it is too late.',
      goal: 'I want to listen so that my team tells me about problems early.',
      competencyKey: 'listening-with-empathy',
      baseline: {},
    });
    for (const [name, note] of [
      ['Bob', sharedNote],
      ['Cy', privateNote],
    ] as const) {
      const { stakeholder } = await api.post<{ stakeholder: { id: string } }>(
        `/api/workspaces/${workspaceId}/stakeholders`,
        { name, relationshipGroup: 'peer' },
      );
      await api.put(`/api/stakeholders/${stakeholder.id}/note`, { note });
    }

    // The leader finds their coach page from the workspace and invites; nothing is mailed, and it says so.
    const coach = newAccount('Cora Coach');
    await page.goto(`/workspaces/${workspaceId}`);
    await page.getByRole('region', { name: 'Your coach' }).getByRole('link', { name: 'Your coach' }).click();
    await expectPage(page, 'Your coach');
    await checkAccessibility(page, 'coach page, no coach yet');
    await page.getByLabel("Your coach's email", { exact: true }).fill(coach.email);
    await page.getByRole('button', { name: 'Invite coach' }).click();
    await expectVisible(page.getByText('This Feedforward has no mail server, so nothing was emailed'));
    const link = (await page.locator('code.coach-link').textContent()) ?? '';
    expect(link).toMatch(/\/coaching\/accept#token=[\w-]{40,}$/);
    await expectVisible(page.getByText('Invited', { exact: true }));
    await checkAccessibility(page, 'coach page with the link to pass on');

    // The link works only for the invited address: the leader opening it is told whose it is.
    const coachPageUrl = page.url();
    await page.goto(link);
    await expectPage(page, 'Become their coach');
    await page.getByRole('button', { name: 'Accept and become their coach' }).click();
    await expectVisible(page.getByText(`This invitation is for ${coach.email}. Sign in with that address`));
    await expectVisible(page.getByRole('button', { name: 'Sign out and use the invited address' }));
    await checkAccessibility(page, 'accept page, wrong address');

    // The coach opens the link, signs up on the way, and accepts.
    const coachSide = await env.newVisitor();
    const coachPage = coachSide.page;
    await coachPage.goto(link);
    await expectPage(coachPage, "You are asked to be someone's coach", 'Become their coach');
    await checkAccessibility(coachPage, 'accept page signed out');
    await coachPage.getByRole('link', { name: 'Create an account' }).click();
    await coachPage.getByLabel('Your name').fill(coach.name);
    await coachPage.getByLabel('Email', { exact: true }).fill(coach.email);
    await coachPage.getByLabel('Password', { exact: true }).fill(coach.password);
    await coachPage.getByRole('button', { name: 'Create account' }).click();
    await expectPage(coachPage, 'Become their coach');
    await checkAccessibility(coachPage, 'accept page signed in');
    await coachPage.getByRole('button', { name: 'Accept and become their coach' }).click();
    await expectPage(coachPage, 'Lena Leader');
    const coacheeUrl = coachPage.url();

    // A used link says so, and is not offered again.
    const late = await env.newVisitor();
    await late.page.goto(link);
    await expectPage(late.page, "You are asked to be someone's coach", 'Become their coach');
    await late.page.getByRole('link', { name: 'Create an account' }).click();
    const lateAccount = newAccount('Late Comer');
    await late.page.getByLabel('Your name').fill(lateAccount.name);
    await late.page.getByLabel('Email', { exact: true }).fill(lateAccount.email);
    await late.page.getByLabel('Password', { exact: true }).fill(lateAccount.password);
    await late.page.getByRole('button', { name: 'Create account' }).click();
    await late.page.getByRole('button', { name: 'Accept and become their coach' }).click();
    await expectVisible(late.page.getByText('This coaching link is not valid or was already used'));
    expect(await late.page.getByRole('button', { name: 'Accept and become their coach' }).count()).toBe(0);
    await late.context.close();

    // Before anything is shared the coach sees the cycle, and no note at all.
    await expectVisible(coachPage.getByText('has shared no note with you'));
    await expectVisible(coachPage.getByRole('heading', { name: /I want to listen/ }));
    await checkAccessibility(coachPage, 'coachee page');
    for (const note of [sharedNote, privateNote]) {
      expect(await coachPage.getByText(note).count()).toBe(0);
    }

    // The dashboard lists the coachee, and fits a phone.
    await coachPage.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Coaching' }).click();
    await expectPage(coachPage, 'Your coachees', 'Coaching');
    await expectVisible(coachPage.getByRole('link', { name: 'Lena Leader' }));
    await checkAccessibility(coachPage, 'coach dashboard');
    await screenshot(coachPage, 'coach-dashboard');
    await coachPage.setViewportSize(phoneViewport);
    await coachPage.reload();
    await expectPage(coachPage, 'Your coachees', 'Coaching');
    expect(await fitsViewportWidth(coachPage)).toBe(true);
    await checkAccessibility(coachPage, 'coach dashboard on a phone');

    // The leader shares exactly one note; the coach sees it, never the other.
    await page.goto(coachPageUrl);
    await expectVisible(page.getByText('Has access', { exact: true }));
    await page.getByRole('button', { name: /^Share Relationship note: Your part with Bob/ }).click();
    await expectVisible(
      page.getByRole('button', { name: /^Stop sharing Relationship note: Your part with Bob/ }),
    );
    await coachPage.goto(coacheeUrl);
    await expectPage(coachPage, 'Lena Leader');
    const shared = coachPage.getByRole('list', { name: 'Notes shared with you' });
    await expectVisible(shared.getByText(sharedNote));
    // The note's group, never the name of the person it is about.
    await expectVisible(shared.getByText('A relationship (peer)', { exact: false }));
    expect(await shared.getByText('Bob').count()).toBe(0);
    expect(await coachPage.getByText(privateNote).count()).toBe(0);

    // Comments both ways.
    await coachPage.getByLabel('Comment for Lena Leader').fill('What did Bob say when you waited?');
    await coachPage.getByRole('button', { name: 'Add comment' }).click();
    await expectVisible(coachPage.getByText('What did Bob say when you waited?'));
    await page.reload();
    await expectVisible(page.getByText('What did Bob say when you waited?'));
    await page.getByLabel('Write to Cora Coach').fill('He finished his thought, for once.');
    await page.getByRole('button', { name: 'Add comment' }).click();
    await expectVisible(page.getByText('Your comment is added.'));
    await checkAccessibility(page, 'coach page with shares and comments');
    await screenshot(page, 'coach-page-leader');
    await coachPage.reload();
    await expectVisible(coachPage.getByText('He finished his thought, for once.'));
    await screenshot(coachPage, 'coachee-page');

    // The leader ends access, after confirming; the coach's next page load shows nothing of theirs.
    await page.getByRole('button', { name: 'End access for Cora Coach' }).click();
    const dialog = page.getByRole('dialog', { name: "End Cora Coach's access?" });
    await expectVisible(dialog);
    await dialog.getByRole('button', { name: 'End access' }).click();
    await expectVisible(page.getByText('Access ended', { exact: true }));
    await expectVisible(page.getByText('He finished his thought, for once.'));
    await coachPage.reload();
    await expectPage(coachPage, 'Not found');
    expect(await coachPage.getByText(sharedNote).count()).toBe(0);
    await coachPage.goto('/coaching');
    await expectPage(coachPage, 'Your coachees', 'Coaching');
    await expectVisible(coachPage.getByText('Nobody to coach yet'));
    expect(await coachPage.getByRole('link', { name: 'Lena Leader' }).count()).toBe(0);

    expect(pageProblems(page)).toEqual([]);
  });

  test("a program's assigned coach is offered to an enrolled leader and gets access only when they say yes", {
    timeout: 180_000,
  }, async () => {
    const admin = await signedUpLeader(env, 'Ann Admin');
    const { id: workspaceId } = await admin.api.post<{ id: string }>('/api/workspaces', { name: 'Acme' });
    // The coach joins the organization by the invitation the admin passes on (no mail server: outbox).
    const coach = await signedUpLeader(env, 'Carl Coach');
    await admin.api.post(`/api/workspaces/${workspaceId}/invitations`, {
      email: coach.leader.email,
      role: 'coach',
    });
    const { messages } = await admin.api.get<{ messages: { to: string; body: string }[] }>(
      `/api/workspaces/${workspaceId}/outbox`,
    );
    const invitation = messages.find((message) => message.to === coach.leader.email)?.body ?? '';
    const memberToken = invitation.match(/#token=([\w-]+)/)?.[1];
    await coach.api.post('/api/invitations/accept', { token: memberToken });
    const { members } = await admin.api.get<{ members: { userId: string; email: string }[] }>(
      `/api/workspaces/${workspaceId}/members`,
    );
    const coachId = members.find((member) => member.email === coach.leader.email)?.userId;
    const { id: programId } = await admin.api.post<{ id: string }>(
      `/api/workspaces/${workspaceId}/programs`,
      {
        name: 'Spring cohort',
        startsOn: '2026-01-05',
        endsOn: '2026-06-30',
        coachAccountId: coachId,
        cadence: { checkInIntervalDays: 14, miniSurveyIntervalDays: 45, dailyReminderTime: null },
      },
    );
    const leader = await signedUpLeader(env, 'Lou Leader');
    const enrolled = await admin.api.post<{ links: { email: string; link: string }[] }>(
      `/api/programs/${programId}/enrollments`,
      { text: `Lou Leader, ${leader.leader.email}` },
    );
    const joinLink = enrolled.links.find((entry) => entry.email === leader.leader.email)?.link ?? '';
    await leader.api.post('/api/program-invitations/accept', { token: joinLink.split('#token=')[1] });

    // Assigned, yet the coach sees nobody until the leader agrees.
    await coach.page.goto('/coaching');
    await expectPage(coach.page, 'Your coachees', 'Coaching');
    await expectVisible(coach.page.getByText('Nobody to coach yet'));

    await leader.page.goto(`/workspaces/${workspaceId}/coach`);
    await expectPage(leader.page, 'Your coach');
    const offer = leader.page.getByRole('region', { name: "Your program's coach" });
    await expectVisible(offer.getByText('Spring cohort', { exact: false }));
    await checkAccessibility(leader.page, 'coach page with the program coach offered');
    await offer.getByRole('button', { name: 'Give Carl Coach access' }).click();
    await expectVisible(leader.page.getByText('Carl Coach has access now', { exact: false }));
    await expectVisible(leader.page.getByText('Has access', { exact: true }));
    expect(await leader.page.getByRole('button', { name: 'Give Carl Coach access' }).count()).toBe(0);

    await coach.page.reload();
    await expectVisible(coach.page.getByRole('link', { name: 'Lou Leader' }));
  });
});
