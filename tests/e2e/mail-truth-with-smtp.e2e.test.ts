import { describe, expect, test } from 'vitest';
import { checkAccessibility } from './support/accessibility';
import { signedUpLeader } from './support/accounts';
import { browserUnavailableReason } from './support/browser';
import { e2eEnvironmentForTests } from './support/e2e-environment';
import { cycleWithRoundOf } from './support/mail-truth';
import { expectPage, expectVisible } from './support/page-checks';
import { pageProblems } from './support/page-problems';

const unavailable = browserUnavailableReason();
if (unavailable) console.warn(unavailable);

const unique = Date.now().toString(36);
const withEmail = ['Mia Manager', 'Dan Direct', 'Rita Report'].map((name) => ({
  name,
  email: `${name.toLowerCase().replace(' ', '.')}.${unique}@example.com`,
}));
const noAddress = { name: 'Noor Nomail', email: null };

/** A clock time two minutes from now in UTC: far enough ahead that saving it cannot miss it. */
function inTwoMinutesUtc() {
  const soon = new Date(Date.now() + 2 * 60_000);
  return soon.toISOString().slice(11, 16);
}

describe.skipIf(unavailable !== undefined)('mail truth with a mail server (SMTP to a local receiver)', () => {
  const env = e2eEnvironmentForTests();

  test('what the screens say was emailed really arrives', { timeout: 300_000 }, async () => {
    const { page, api, leader, context } = await signedUpLeader(env, 'Ada Leader');
    const { cycleId, roundId, emailed } = await cycleWithRoundOf(api, [...withEmail, noAddress]);
    expect(emailed).toBe(3);
    for (const person of withEmail) await env.mail.waitForMessage(person.email, 'Ada Leader would value');

    await page.goto(`/rounds/${roundId}`);
    await expectPage(page, 'Listening round');
    await expectVisible(
      page.getByText('Feedforward emails a reminder to those who have not answered yet', {
        exact: false,
      }),
    );
    await api.post(`/api/rounds/${roundId}/close`, {});

    // Thank-you: emailed to the three with an address; the one without is named, with the note to copy.
    await page.goto(`/rounds/${roundId}`);
    await page.getByRole('button', { name: 'Send thank-you note' }).click();
    await expectVisible(page.getByText('Your thank-you note was emailed to 3 people.'));
    const thanks = page.getByRole('region', { name: 'Say thank you' });
    await expectVisible(
      thanks.getByText(
        `Feedforward has no email address for this person: send it yourself, by email or chat, to ${noAddress.name}.`,
      ),
    );
    await expectVisible(thanks.getByRole('button', { name: 'Copy the note' }));
    for (const person of withEmail) await env.mail.waitForMessage(person.email, 'Thank you from Ada Leader');
    await checkAccessibility(page, 'thank-you with mail');

    // Announcement: sent to the three, and it arrives.
    await page.goto(`/cycles/${cycleId}/plan`);
    await expectPage(page, 'Your plan');
    await page.getByLabel('Subject', { exact: true }).fill('What I am working on');
    await page.getByRole('button', { name: 'Send to my stakeholders' }).click();
    await page
      .getByRole('dialog', { name: 'Send to 4 people?' })
      .getByRole('button', { name: 'Send' })
      .click();
    await expectVisible(page.getByText('Your message was emailed to 3 people.'));
    await expectVisible(
      page.getByRole('region', { name: 'Tell your team' }).getByRole('button', { name: 'Copy the message' }),
    );
    for (const person of withEmail) await env.mail.waitForMessage(person.email, 'What I am working on');

    // Daily reminder: on, and the email comes at the chosen time.
    await page.goto(`/cycles/${cycleId}/practice`);
    await expectPage(page, 'Daily questions');
    await page.getByRole('checkbox', { name: 'Email me my daily questions every day' }).check();
    const at = inTwoMinutesUtc();
    await page.getByLabel('At', { exact: true }).fill(at);
    await page.getByLabel('Time zone', { exact: true }).selectOption('UTC');
    await page.getByRole('button', { name: 'Save reminder' }).click();
    await expectVisible(page.getByText(`Reminder on: every day at ${at} (UTC).`));
    await expectVisible(page.getByText('Next reminder:'));
    const reminder = await env.mail.waitForMessage(leader.email, 'Your daily questions', {
      timeoutMs: 200_000,
    });
    expect(reminder.text).toContain('ask what they have tried before I suggest anything');

    // Password reset: "Check your email", and the email is there.
    await context.clearCookies();
    await page.goto('/forgot-password');
    await expectPage(page, 'Reset your password');
    await page.getByLabel('Email', { exact: true }).fill(leader.email);
    await page.getByRole('button', { name: 'Send reset link' }).click();
    await expectPage(page, 'Check your email', 'Reset your password');
    await env.mail.waitForMessage(leader.email, 'Reset your Feedforward password');
    expect(pageProblems(page)).toEqual([]);
  });
});
