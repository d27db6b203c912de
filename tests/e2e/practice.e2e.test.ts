import { describe, expect, test } from 'vitest';
import { checkAccessibility } from './support/accessibility';
import { signedUpLeader } from './support/accounts';
import { browserUnavailableReason, phoneViewport } from './support/browser';
import { e2eEnvironmentForTests } from './support/e2e-environment';
import { recordTwoWeeksBeforeToday } from './support/earlier-checkins';
import { expectPage, expectVisible, fitsViewportWidth } from './support/page-checks';
import { pageProblems } from './support/page-problems';
import { cycleWithReleasedListeningRound } from './support/released-listening-round';
import { screenshot } from './support/screenshots';

const unavailable = browserUnavailableReason();
if (unavailable) console.warn(unavailable);

const unique = Date.now().toString(36);
const withEmail = ['Mia Manager', 'Dan Direct', 'Rita Report'].map((name) => ({
  name,
  email: `${name.toLowerCase().replace(' ', '.')}.${unique}@example.com`,
}));
const withoutEmail = 'Noor Nomail';

const suggestionsOf = [
  'Ask what is in our way in the one-to-ones instead of checking our boards.',
  'Let us finish explaining a problem before you propose a fix.',
  'Share why a decision was made in the team channel.',
];

describe.skipIf(unavailable !== undefined)('commit, tell and practice in the browser', () => {
  const env = e2eEnvironmentForTests();

  test('a leader turns feedforward into behaviors, tells the team and answers daily questions', {
    timeout: 240_000,
  }, async () => {
    const { page, api } = await signedUpLeader(env, 'Ada Leader');
    const { cycleId } = await cycleWithReleasedListeningRound(env, api, {
      stakeholders: [...withEmail, { name: withoutEmail, email: null }].map((person) => ({
        ...person,
        group: 'direct_report' as const,
      })),
      suggestions: suggestionsOf,
      intro: 'I would value your suggestions on how I can listen better.',
    });

    // Commit: from the cycle to the plan.
    await page.goto(`/cycles/${cycleId}`);
    await expectPage(page, 'Listening with empathy');
    await page
      .getByRole('region', { name: 'Commit, tell and practice' })
      .getByRole('link', { name: 'Make your plan' })
      .click();
    await expectPage(page, 'Your plan');
    await expectVisible(page.getByText('No behaviors yet'));
    await expectVisible(page.getByText('0 of 3'));
    const suggestions = page.getByRole('list', { name: 'Suggestions to start from' });
    await expectVisible(suggestions.getByText(suggestionsOf[0] as string));
    await checkAccessibility(page, 'empty plan');

    // A micromanagement commitment, started from a suggestion: the check says why and offers better.
    await suggestions
      .getByRole('listitem')
      .filter({ hasText: suggestionsOf[0] as string })
      .getByRole('button', { name: /^Start from this/ })
      .click();
    await expectVisible(page.getByText('Starting from this suggestion'));
    const situation = page.getByLabel('When…', { exact: true });
    const action = page.getByLabel('I will…', { exact: true });
    expect(await situation.evaluate((input) => input === document.activeElement)).toBe(true);
    // The suggestion fills in a first draft in the leader's voice; the moment is left to the leader.
    expect(await situation.inputValue()).toBe('');
    expect(await action.inputValue()).toBe(
      'ask what is in our way in the one-to-ones instead of checking our boards',
    );
    await situation.fill('When the sprint starts');
    await action.fill("I will check on every person's status every morning");
    await page.getByLabel('How often', { exact: true }).fill('Every sprint');
    await page
      .getByLabel('How others would notice', { exact: true })
      .fill('They will hear from me each morning');
    const flag = page.getByRole('list', { name: 'Questions from the quality check' }).getByRole('listitem');
    await expectVisible(flag.getByText('Could feel like micromanagement'));
    await expectVisible(flag.getByText(/"check on every" tells people you don't trust them/));
    await expectVisible(flag.getByText(/A better example: When I want to know how work is going/));
    await expectVisible(page.getByRole('button', { name: 'Save anyway' }));
    await checkAccessibility(page, 'commitment with a flag');
    await screenshot(page, 'commitment-flag');

    await flag.getByRole('button', { name: 'Use this example' }).click();
    expect(await situation.inputValue()).toBe('I want to know how work is going');
    expect(await action.inputValue()).toMatch(/^ask in our weekly 1:1 what is in the way/);
    await page.getByText('Could feel like micromanagement').waitFor({ state: 'detached' });
    await expectVisible(page.getByText('The quality check has no questions about this one.'));
    await page
      .getByLabel('How others would notice', { exact: true })
      .fill('They will hear me ask, not check');
    await page.getByRole('button', { name: 'Save behavior' }).click();
    await expectVisible(page.getByText('Saved.', { exact: true }));
    const behaviors = page.getByRole('list', { name: 'Behaviors you practice' });
    const first = behaviors
      .getByRole('listitem')
      .filter({ hasText: 'When I want to know how work is going' });
    await expectVisible(first.getByText(`From the suggestion: “${suggestionsOf[0]}”`));
    expect(await first.getByText('Could feel like micromanagement').count()).toBe(0);
    await expectVisible(page.getByText('1 of 3'));

    // A second one, written from scratch; an empty form says what is missing, beside each input.
    await page.getByRole('button', { name: 'Write a behavior' }).click();
    await page.getByRole('button', { name: 'Save behavior' }).click();
    await expectVisible(page.getByText('Say when: the situation that calls for the behavior'));
    await expectVisible(page.getByText('Say how others would notice'));
    expect(await situation.evaluate((input) => input === document.activeElement)).toBe(true);
    await checkAccessibility(page, 'empty behavior refused');
    await situation.fill('someone brings me a problem');
    await action.fill('ask two open questions before I suggest anything');
    await page.getByLabel('How often', { exact: true }).fill('Every time');
    await page
      .getByLabel('How others would notice', { exact: true })
      .fill('They will hear questions before advice');
    await page.getByRole('button', { name: 'Save behavior' }).click();
    await expectVisible(
      behaviors.getByText('When someone brings me a problem, I will ask two open questions'),
    );
    await expectVisible(page.getByText('2 of 3'));
    await checkAccessibility(page, 'two behaviors');
    await screenshot(page, 'commitments');

    // A third, saved anyway with its flag, fills the plan: the flag stays, and a fourth cannot be added.
    await api.post(`/api/cycles/${cycleId}/commitments`, {
      situation: 'When a deadline is close',
      action: 'I will ask everyone for a status report every evening',
      frequency: 'Before each release',
      noticedBy: 'They will send me their status',
    });
    await page.reload();
    await expectVisible(page.getByText('3 of 3'));
    expect(await page.getByRole('button', { name: 'Write a behavior' }).isDisabled()).toBe(true);
    await expectVisible(page.getByText('You practice 3 already. Retire one to make room for another.'));
    const third = behaviors.getByRole('listitem').filter({ hasText: 'status report every evening' });
    await expectVisible(third.getByText('Could feel like micromanagement'));
    await third.getByRole('button', { name: 'Use this example' }).click();
    expect(await action.inputValue()).not.toContain('status report');
    await third.getByRole('button', { name: 'Cancel' }).click();
    await third.getByRole('button', { name: /^Retire/ }).click();
    const retire = page.getByRole('dialog', { name: 'Retire this behavior?' });
    await expectVisible(retire);
    await checkAccessibility(page, 'confirm retiring');
    await retire.getByRole('button', { name: 'Retire' }).click();
    await expectVisible(page.getByText('The behavior is retired.', { exact: false }));
    await expectVisible(page.getByText('2 of 3'));
    expect(await page.getByRole('button', { name: 'Write a behavior' }).isDisabled()).toBe(false);

    // Tell: the draft names the behaviors; the leader edits it and sends it.
    const subject = page.getByLabel('Subject', { exact: true });
    const body = page.getByLabel('Message', { exact: true });
    expect(await subject.inputValue()).toBe("What I'm working on: listening with empathy");
    expect(await body.inputValue()).toContain('I will ask two open questions before I suggest anything');
    await subject.fill('What I am working on, and how you can help');
    await body.fill(`${await body.inputValue()}\n\nPS: coffee is on me on Friday.`);
    await page.getByRole('button', { name: 'Send to my stakeholders' }).click();
    const send = page.getByRole('dialog', { name: 'Send to 4 people?' });
    await expectVisible(send);
    await checkAccessibility(page, 'confirm sending');
    await send.getByRole('button', { name: 'Send' }).click();
    await expectVisible(page.getByText('Your message was emailed to 3 people.'));
    await expectVisible(
      page.getByText(
        `Feedforward has no email address for this person: send it yourself, by email or chat, to ${withoutEmail}.`,
      ),
    );
    await expectVisible(page.getByText('You told your team on'));
    for (const person of withEmail) {
      const mail = await env.mail.waitForMessage(person.email, 'What I am working on, and how you can help');
      expect(mail.text).toContain('PS: coffee is on me on Friday.');
      expect(mail.text).toContain('I will ask two open questions before I suggest anything');
      // The untouched draft followed the plan: the retired behavior is not announced.
      expect(mail.text).not.toContain('status report every evening');
    }
    await checkAccessibility(page, 'told the team');

    // Practice: two weeks of scores — the week before last as of its own days, last week through
    // the API (the app takes scores up to 7 days back), today's through the screen.
    await page.getByRole('link', { name: 'Daily questions' }).click();
    await expectPage(page, 'Daily questions');
    await recordTwoWeeksBeforeToday(env.server.databaseUrl, api, cycleId);
    await page.reload();
    await expectPage(page, 'Daily questions');
    const questions = page.getByRole('list', { name: 'Daily questions' });
    const ask = questions.getByRole('group', {
      name: 'Did I do my best to ask two open questions before I suggest anything today?',
    });
    await ask.getByRole('button', { name: '8', exact: true }).click();
    await expectVisible(page.getByText('Saved: 8 of 10 for today.'));
    expect(await ask.getByRole('button', { name: '8', exact: true }).getAttribute('aria-pressed')).toBe(
      'true',
    );
    expect(await ask.getByRole('button', { name: '7', exact: true }).getAttribute('aria-pressed')).toBe(
      'false',
    );
    const other = questions.getByRole('group', { name: /^Did I do my best to ask in our weekly 1:1/ });
    await other.getByRole('button', { name: '6', exact: true }).click();
    await expectVisible(page.getByText('Saved: 6 of 10 for today.'));
    const askItem = questions.getByRole('listitem').filter({ hasText: 'ask two open questions' });
    await askItem.getByText('Private note (optional)').click();
    await askItem.getByLabel('What helped, what got in the way').fill('Held back in the design review.');
    await askItem.getByRole('button', { name: 'Save note' }).click();
    await expectVisible(askItem.getByText('Saved: 8 of 10 for today, with your note.'));

    const heatmaps = page.getByRole('list', { name: /^Daily scores from/ });
    expect(await heatmaps.count()).toBe(2);
    const scored = heatmaps
      .first()
      .getByRole('listitem')
      .filter({ hasText: /: \d+ of 10/ });
    expect(await scored.count()).toBe(14);
    await expectVisible(page.getByRole('list', { name: 'Average effort per week' }));
    await page.getByText('Show as a table').first().click();
    await expectVisible(page.getByRole('table').first().getByRole('columnheader', { name: 'Score' }));
    await checkAccessibility(page, 'daily questions');
    await screenshot(page, 'practice-heatmap');

    // The reminder: the leader's own time zone is offered.
    const zone = page.getByLabel('Time zone', { exact: true });
    expect(await zone.inputValue()).toBe('Europe/Amsterdam');
    await page.getByRole('checkbox', { name: 'Email me my daily questions every day' }).check();
    await page.getByLabel('At', { exact: true }).fill('07:30');
    await page.getByRole('button', { name: 'Save reminder' }).click();
    await expectVisible(page.getByText('Reminder on: every day at 07:30 (Europe/Amsterdam).'));
    await expectVisible(page.getByText('Next reminder:'));
    await checkAccessibility(page, 'reminder saved');

    // On a phone.
    await page.setViewportSize(phoneViewport);
    await page.reload();
    await expectPage(page, 'Daily questions');
    expect(await fitsViewportWidth(page)).toBe(true);
    await checkAccessibility(page, 'daily questions on a phone');
    await screenshot(page, 'practice-phone');
    await page.goto(`/cycles/${cycleId}/plan`);
    await expectPage(page, 'Your plan');
    expect(await fitsViewportWidth(page)).toBe(true);
    await checkAccessibility(page, 'plan on a phone');
    await screenshot(page, 'plan-phone');
    await page.getByRole('button', { name: 'Write a behavior' }).click();
    await situation.fill('a deadline is close');
    await action.fill('approve every change before it goes out');
    await expectVisible(page.getByRole('button', { name: 'Use this example' }));
    expect(await fitsViewportWidth(page)).toBe(true);
    await checkAccessibility(page, 'a flag on a phone');
    await screenshot(page, 'commitment-flag-phone');
    expect(pageProblems(page)).toEqual([]);
  });
});
