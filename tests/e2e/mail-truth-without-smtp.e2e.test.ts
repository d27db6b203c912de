import { describe, expect, test } from 'vitest';
import { checkAccessibility } from './support/accessibility';
import { signedUpLeader } from './support/accounts';
import { browserUnavailableReason } from './support/browser';
import { e2eEnvironmentForTests } from './support/e2e-environment';
import { cycleWithRoundOf, expectNoClaimOfMail } from './support/mail-truth';
import { expectPage, expectVisible } from './support/page-checks';
import { pageProblems } from './support/page-problems';

const unavailable = browserUnavailableReason();
if (unavailable) console.warn(unavailable);

const unique = Date.now().toString(36);
// Everyone has an address: without a mail server none of them may be said to have been emailed.
const people = ['Mia Manager', 'Dan Direct', 'Rita Report'].map((name) => ({
  name,
  email: `${name.toLowerCase().replace(' ', '.')}.${unique}@example.com`,
}));
// Named in alphabetical order, as the server lists the people asked.
const names = people
  .map((person) => person.name)
  .sort()
  .join(', ');

describe.skipIf(unavailable !== undefined)('mail truth in the default configuration (no SMTP_URL)', () => {
  // An empty SMTP_URL counts as unset: the server runs as `npm start` does by default.
  const env = e2eEnvironmentForTests({ serverEnv: { SMTP_URL: '' } });

  test('no screen claims a message was sent, and the thank-you and announcement stay to copy', {
    timeout: 240_000,
  }, async () => {
    const { page, api, leader, context } = await signedUpLeader(env, 'Ada Leader');
    const { cycleId, roundId, emailed, links } = await cycleWithRoundOf(api, people);
    expect({ emailed, links: links.length }).toEqual({ emailed: 0, links: 3 });

    // The open round promises no reminders it cannot send.
    await page.goto(`/rounds/${roundId}`);
    await expectPage(page, 'Listening round');
    await expectVisible(page.getByText('so it sends no reminders', { exact: false }));
    await expectNoClaimOfMail(page);
    await api.post(`/api/rounds/${roundId}/close`, {});

    // Thank-you: saved, not sent; the names and the note to copy stay after a reload.
    await page.goto(`/rounds/${roundId}`);
    await expectVisible(page.getByText('so it cannot email your note', { exact: false }));
    await page.getByRole('button', { name: 'Save my note' }).click();
    await expectVisible(page.getByText('Your thank-you note is saved.'));
    const thanks = page.getByRole('region', { name: 'Say thank you' });
    for (const reload of [false, true]) {
      if (reload) await page.reload();
      await expectVisible(
        thanks.getByText(`so it emailed the note to nobody: send it yourself`, { exact: false }),
      );
      await expectVisible(thanks.getByText(names, { exact: false }));
      await expectVisible(thanks.getByRole('button', { name: 'Copy the note' }));
      await expectVisible(thanks.getByText('You wrote your thank-you note on', { exact: false }));
      await expectNoClaimOfMail(page);
    }
    await checkAccessibility(page, 'thank-you without mail');

    // Announcement: marked as told, and the message stays with a Copy button.
    await page.goto(`/cycles/${cycleId}/plan`);
    await expectPage(page, 'Your plan');
    await expectVisible(page.getByText('so it cannot email your team', { exact: false }));
    await expectNoClaimOfMail(page);
    await page.getByRole('button', { name: 'Mark as told' }).click();
    const confirm = page.getByRole('dialog', { name: 'Mark your message as told?' });
    await expectVisible(confirm.getByText('so it emails nobody', { exact: false }));
    await confirm.getByRole('button', { name: 'Mark as told' }).click();
    await expectVisible(page.getByText('Your message is kept here for you to send yourself.'));
    const tell = page.getByRole('region', { name: 'Tell your team' });
    for (const reload of [false, true]) {
      if (reload) await page.reload();
      await expectVisible(tell.getByText('so it emailed the message to nobody', { exact: false }));
      await expectVisible(tell.getByText(names, { exact: false }));
      await expectVisible(tell.getByRole('button', { name: 'Copy the message' }));
      await expectNoClaimOfMail(page);
    }
    await checkAccessibility(page, 'announcement without mail');

    // Daily reminder: no email checkbox that could never send; notifications need no mail server.
    await page.goto(`/cycles/${cycleId}/practice`);
    await expectPage(page, 'Daily questions');
    expect(await page.getByRole('checkbox', { name: /email/i }).count()).toBe(0);
    expect(await page.getByRole('checkbox').count()).toBe(1);
    await expectVisible(page.getByRole('checkbox', { name: 'Send them as a notification on my devices' }));
    await expectVisible(
      page.getByText('This Feedforward has no mail server, so reminders cannot come by email.'),
    );
    await page.getByRole('button', { name: 'Save time zone' }).click();
    await expectVisible(page.getByText('Saved: your days follow', { exact: false }));
    await expectNoClaimOfMail(page);
    await checkAccessibility(page, 'practice without mail');

    // Password reset: the page says where the link goes instead of "Check your email".
    await context.clearCookies();
    await page.goto('/forgot-password');
    await expectPage(page, 'Reset your password');
    await expectVisible(page.getByText('This Feedforward has no mail server', { exact: false }));
    await page.getByLabel('Email', { exact: true }).fill(leader.email);
    await page.getByRole('button', { name: 'Ask for a reset link' }).click();
    await expectPage(page, 'Ask for your link', 'Reset your password');
    await expectVisible(page.getByText('npm run outbox', { exact: false }));
    await expectNoClaimOfMail(page);
    await checkAccessibility(page, 'reset without mail');

    // Nothing reached the mail receiver that sits idle beside this server.
    expect(env.mail.messages).toEqual([]);
    expect(pageProblems(page)).toEqual([]);
  });
});
