import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { checkAccessibility } from './support/accessibility';
import { signedUpLeader } from './support/accounts';
import { browserUnavailableReason, phoneViewport } from './support/browser';
import { type E2eEnvironment, e2eEnvironmentForTests } from './support/e2e-environment';
import { recordTwoWeeksBeforeToday } from './support/earlier-checkins';
import { linkIn } from './support/mail-message';
import { expectPage, expectVisible, fitsViewportWidth } from './support/page-checks';
import { pageProblems } from './support/page-problems';
import { cycleWithReleasedListeningRound } from './support/released-listening-round';
import { screenshot } from './support/screenshots';

const unavailable = browserUnavailableReason();
if (unavailable) console.warn(unavailable);

type Group = 'direct_report' | 'peer' | 'manager' | 'other';
const unique = Date.now().toString(36);
const stakeholders: { name: string; email: string; group: Group }[] = [
  { name: 'Mia Manager', email: `mia.${unique}@example.com`, group: 'manager' },
  { name: 'Dan Direct', email: `dan.${unique}@example.com`, group: 'direct_report' },
  { name: 'Rita Report', email: `rita.${unique}@example.com`, group: 'direct_report' },
  { name: 'Devi Ortega', email: `devi.${unique}@example.com`, group: 'direct_report' },
  { name: 'Pete Peer', email: `pete.${unique}@example.com`, group: 'peer' },
];

/** Each stakeholder's feedforward in the listening round, one per person. */
const suggestionsOf = [
  'Tell me early what you hear from other teams.',
  'Ask what is in our way in the one-to-ones instead of checking our boards.',
  'Let us finish explaining a problem before you propose a fix.',
  'Share why a decision was made in the team channel.',
  'Leave a pause in meetings so quieter people can speak.',
];

const invitationSubject = 'Ada Leader would value your feedforward';
const announcementSubject = 'What I am working on, and how you can help';
const askAction = 'ask two open questions before I suggest anything';

/** Per stakeholder, a change rating per behavior (null: not enough contact) and one idea. */
type MiniAnswers = { ratings: (number | null)[]; idea: string };
const firstSurvey: MiniAnswers[] = [
  { ratings: [1, 0], idea: 'Ask the quieter people first in planning.' },
  { ratings: [2, 1], idea: 'Keep asking what we tried; it helps.' },
  { ratings: [0, 1], idea: 'Close the laptop in our one-to-ones.' },
  { ratings: [1, null], idea: 'Summarize decisions at the end of meetings.' },
  { ratings: [-1, 0], idea: 'Leave a pause before you answer.' },
];
const secondSurvey: MiniAnswers[] = [
  { ratings: [2, 2], idea: 'Keep the pause before advice.' },
  { ratings: [3, 2], idea: 'Share what you are practicing with the other team too.' },
  { ratings: [2, 1], idea: 'Ask me how I would solve it.' },
  { ratings: [2, null], idea: 'Invite people to disagree.' },
  { ratings: [1, 2], idea: 'Keep summarizing before you decide.' },
];

describe.skipIf(unavailable !== undefined)('a whole growth cycle in the browser', () => {
  const env = e2eEnvironmentForTests();

  test('one leader commits, tells, practices, follows up twice, reviews and starts the next cycle', {
    timeout: 600_000,
  }, async () => {
    const { page, api } = await signedUpLeader(env, 'Ada Leader');
    const { cycleId, workspaceId } = await cycleWithReleasedListeningRound(env, api, {
      stakeholders,
      suggestions: suggestionsOf,
      intro: 'I would value your honest, future-focused suggestions.',
    });

    // Commit: a micromanagement behavior is flagged and rewritten from the example.
    await page.goto(`/cycles/${cycleId}`);
    await expectPage(page, 'Listening with empathy');
    await checkAccessibility(page, 'cycle after listening');
    await page
      .getByRole('region', { name: 'Commit, tell and practice' })
      .getByRole('link', { name: 'Make your plan' })
      .click();
    await expectPage(page, 'Your plan');
    await expectVisible(page.getByText('No behaviors yet'));
    const suggestions = page.getByRole('list', { name: 'Suggestions to start from' });
    await suggestions
      .getByRole('listitem')
      .filter({ hasText: suggestionsOf[1] as string })
      .getByRole('button', { name: /^Start from this/ })
      .click();
    const situation = page.getByLabel('When…', { exact: true });
    const action = page.getByLabel('I will…', { exact: true });
    const noticedBy = page.getByLabel('How others would notice', { exact: true });
    await situation.fill('When the sprint starts');
    await action.fill("I will check on every person's status every morning");
    await page.getByLabel('How often', { exact: true }).fill('Every sprint');
    await noticedBy.fill('They will hear from me each morning');
    const flag = page.getByRole('list', { name: 'Questions from the quality check' }).getByRole('listitem');
    await expectVisible(flag.getByText('Could feel like micromanagement'));
    await checkAccessibility(page, 'commitment with a flag');
    await flag.getByRole('button', { name: 'Use this example' }).click();
    expect(await situation.inputValue()).toBe('I want to know how work is going');
    expect(await action.inputValue()).toMatch(/^ask in our weekly 1:1 what is in the way/);
    await page.getByText('Could feel like micromanagement').waitFor({ state: 'detached' });
    await noticedBy.fill('They will hear me ask, not check');
    await page.getByRole('button', { name: 'Save behavior' }).click();
    await expectVisible(page.getByText('Saved.', { exact: true }));
    const behaviors = page.getByRole('list', { name: 'Behaviors you practice' });
    await expectVisible(
      behaviors.getByRole('listitem').filter({ hasText: 'When I want to know how work is going' }),
    );

    // A second, good one, written from scratch.
    await page.getByRole('button', { name: 'Write a behavior' }).click();
    await situation.fill('someone brings me a problem');
    await action.fill(askAction);
    await page.getByLabel('How often', { exact: true }).fill('Every time');
    await noticedBy.fill('They will hear questions before advice');
    await page.getByRole('button', { name: 'Save behavior' }).click();
    await expectVisible(behaviors.getByText(`When someone brings me a problem, I will ${askAction}`));
    await expectVisible(page.getByText('2 of 3'));
    expect(await behaviors.getByText('Could feel like micromanagement').count()).toBe(0);
    await checkAccessibility(page, 'two behaviors');

    // Tell: the announcement, edited, reaches all five through the SMTP receiver.
    const subject = page.getByLabel('Subject', { exact: true });
    const body = page.getByLabel('Message', { exact: true });
    expect(await body.inputValue()).toContain(askAction);
    await subject.fill(announcementSubject);
    await body.fill(`${await body.inputValue()}\n\nPS: coffee is on me on Friday.`);
    await page.getByRole('button', { name: 'Send to my stakeholders' }).click();
    const send = page.getByRole('dialog', { name: 'Send to 5 people?' });
    await expectVisible(send);
    await send.getByRole('button', { name: 'Send' }).click();
    await expectVisible(page.getByText('Your message was emailed to 5 people.'));
    await expectVisible(page.getByText('You told your team on'));
    for (const person of stakeholders) {
      const mail = await env.mail.waitForMessage(person.email, announcementSubject);
      expect(mail.text).toContain('PS: coffee is on me on Friday.');
      expect(mail.text).toContain(askAction);
      expect(mail.text).toContain('ask in our weekly 1:1 what is in the way');
      expect(mail.text).not.toContain('check on every');
    }
    await checkAccessibility(page, 'told the team');

    // Practice: the week before last as of its own days, last week through the API, today on screen.
    await page.getByRole('link', { name: 'Daily questions' }).click();
    await expectPage(page, 'Daily questions');
    await recordTwoWeeksBeforeToday(env.server.databaseUrl, api, cycleId);
    await page.reload();
    await expectPage(page, 'Daily questions');
    const questions = page.getByRole('list', { name: 'Daily questions' });
    await questions
      .getByRole('group', { name: `Did I do my best to ${askAction} today?` })
      .getByRole('button', { name: '8', exact: true })
      .click();
    await expectVisible(page.getByText('Saved: 8 of 10 for today.'));
    await questions
      .getByRole('group', { name: /^Did I do my best to ask in our weekly 1:1/ })
      .getByRole('button', { name: '7', exact: true })
      .click();
    await expectVisible(page.getByText('Saved: 7 of 10 for today.'));
    const heatmaps = page.getByRole('list', { name: /^Daily scores from/ });
    expect(await heatmaps.count()).toBe(2);
    for (const heatmap of await heatmaps.all()) {
      expect(
        await heatmap
          .getByRole('listitem')
          .filter({ hasText: /: \d+ of 10/ })
          .count(),
      ).toBe(14);
    }
    await checkAccessibility(page, 'daily questions');

    // Follow up: two mini-surveys, each answered by all five through their emailed links.
    await page.goto(`/cycles/${cycleId}`);
    const firstUrl = await openMiniSurvey(page);
    await answerMiniSurveyByEveryone(env, firstSurvey, 1);
    await closeRound(page, firstUrl);
    const changes = page.getByRole('list', { name: 'Perceived change per behavior' });
    await expectVisible(changes.getByText('+0.6'));
    await expectVisible(changes.getByText('+0.5'));
    await checkAccessibility(page, 'first mini-survey results');

    await page.goto(`/cycles/${cycleId}`);
    const secondUrl = await openMiniSurvey(page);
    await answerMiniSurveyByEveryone(env, secondSurvey, 3);
    await closeRound(page, secondUrl);
    await expectVisible(page.getByText('Real progress (above +1)'));
    await expectVisible(changes.getByText('+2.0'));
    await checkAccessibility(page, 'second mini-survey results');

    // Progress: both rounds in the chart and its table.
    await page.goto(`/cycles/${cycleId}/progress`);
    await expectPage(page, 'Your progress');
    await expectVisible(page.getByRole('img', { name: 'Perceived change and weekly effort over time' }));
    await page.getByText('Show as a table').click();
    const table = page.getByRole('table', { name: 'Perceived change per mini-survey and behavior' });
    expect(await table.getByRole('row', { name: /All behaviors/ }).count()).toBe(2);
    await expectVisible(page.getByRole('table', { name: 'Your daily effort, averaged per week' }));
    await checkAccessibility(page, 'progress');
    await screenshot(page, 'whole-cycle-progress');

    // The printable report.
    await page.getByRole('link', { name: 'Printable report' }).click();
    await expectPage(page, 'Growth cycle report');
    await expectVisible(page.getByRole('button', { name: 'Print' }));
    await expectVisible(page.getByText(askAction).first());
    expect(await page.getByRole('row', { name: /Mini-survey/ }).count()).toBe(2);
    await checkAccessibility(page, 'report');
    await screenshot(page, 'whole-cycle-report');

    // Review: close the cycle with a reflection.
    await page.goto(`/cycles/${cycleId}`);
    await expectPage(page, 'Listening with empathy');
    await page.getByText('Reflect and close the cycle').click();
    await page
      .getByLabel('Your reflection')
      .fill('Asking before advising changed how often people bring me problems early.');
    await page.getByRole('button', { name: 'Close this cycle' }).click();
    await expectVisible(page.getByRole('heading', { name: 'This cycle is closed' }));
    await expectVisible(page.getByText('Asking before advising changed how often'));
    await checkAccessibility(page, 'closed cycle');

    // The next cycle: a new capability, and the same five people to ask.
    await page.getByRole('link', { name: 'Start your next cycle' }).click();
    await expectPage(page, 'Start a growth cycle');
    await checkAccessibility(page, 'the next cycle');
    const nextCycleUrl = await startNextCycle(page);
    expect(nextCycleUrl).not.toContain(cycleId);
    await expectVisible(page.getByRole('heading', { name: 'Ask for input' }));
    for (const person of stakeholders)
      await expectVisible(page.getByRole('checkbox', { name: new RegExp(person.name) }));
    await expectVisible(page.getByText('of 5 selected'));
    await checkAccessibility(page, 'next cycle with the same stakeholders');
    await page.goto(`/workspaces/${workspaceId}/cycles`);
    const history = page.getByRole('list', { name: 'Closed growth cycles' });
    await expectVisible(history.getByText(/Reflection: “Asking before advising/));
    expect(pageProblems(page)).toEqual([]);
  });
});

/** Opens a mini-survey from the cycle page for the people asked last time; returns the round's address. */
async function openMiniSurvey(page: Page): Promise<string> {
  await expectPage(page, 'Listening with empathy');
  await page.getByText('Ask now', { exact: true }).click();
  await page.getByRole('radio', { name: /Mini-survey/ }).check();
  await expectVisible(page.getByText('5 of 5 selected'));
  await expectVisible(page.getByText(/from −3 to \+3/));
  await checkAccessibility(page, 'follow-up form');
  await page.getByRole('button', { name: 'Open mini-survey' }).click();
  await expectPage(page, 'Mini-survey');
  await expectVisible(page.getByText('0 of 5 have answered'));
  return page.url();
}

async function closeRound(page: Page, roundUrl: string) {
  await page.goto(roundUrl);
  await expectVisible(page.getByText('5 of 5 have answered'));
  await page.getByRole('button', { name: 'Close now' }).click();
  await page
    .getByRole('dialog', { name: 'Close the round now?' })
    .getByRole('button', { name: 'Close round' })
    .click();
  await expectVisible(page.getByRole('heading', { name: 'Perceived change, per behavior' }));
}

async function answerMiniSurveyByEveryone(env: E2eEnvironment, answers: MiniAnswers[], phoneIndex: number) {
  for (const [index, person] of stakeholders.entries()) {
    await answerMiniSurveyThroughLink(env, person.email, answers[index] as MiniAnswers, index === phoneIndex);
  }
}

/** One stakeholder, in their own browser, opens the emailed link and answers the mini-survey. */
async function answerMiniSurveyThroughLink(
  env: E2eEnvironment,
  email: string,
  mine: MiniAnswers,
  onPhone: boolean,
) {
  const mail = await env.mail.waitForMessage(email, invitationSubject);
  const visit = await env.newVisitor(
    onPhone ? { viewport: phoneViewport, isMobile: true, hasTouch: true } : {},
  );
  const page = visit.page;
  await page.goto(linkIn(mail, '/a/'));
  await expectPage(page, 'Your ideas for Ada Leader', 'Suggestions for Ada Leader');
  const scales = page.getByRole('group', { name: /Has Ada Leader become more or less effective/ });
  const often = page.getByRole('group', {
    name: 'How often has Ada Leader followed up with you about this?',
  });
  expect(await scales.count()).toBe(mine.ratings.length);
  for (const [item, rating] of mine.ratings.entries()) {
    const scale = scales.nth(item);
    if (rating === null) await scale.getByRole('radio', { name: 'Not enough contact to judge' }).check();
    else
      await scale
        .getByRole('radio', { name: new RegExp(`^${rating > 0 ? '\\+' : ''}${rating}(\\s|,|$)`) })
        .check();
    await often
      .nth(item)
      .getByRole('radio', { name: item === 0 ? 'A few times' : 'Once' })
      .check();
  }
  await page.getByLabel(/One thing Ada Leader could do next/).fill(mine.idea);
  if (onPhone) {
    expect(await fitsViewportWidth(page)).toBe(true);
    await checkAccessibility(page, 'mini-survey on a phone');
  }
  await page.getByRole('button', { name: 'Send my answers' }).click();
  await expectPage(page, 'Thank you');
  expect(pageProblems(page)).toEqual([]);
  await visit.context.close();
}

/** The new-cycle steps, as in the growth-cycle test; returns the new cycle's address. */
async function startNextCycle(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'Continue' }).click();
  await page
    .getByLabel('The situation, in your own words')
    .fill('Decisions in my team take too long because everyone waits for me.');
  await page.getByRole('button', { name: 'Continue' }).click();
  await expectVisible(page.getByRole('heading', { name: 'Choose a capability to build' }));
  const delegating = page.getByRole('radio', { name: 'Delegating outcomes' });
  if (!(await delegating.isVisible())) await page.getByText(/All other capabilities/).click();
  await delegating.check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await page
    .getByLabel('Your goal', { exact: true })
    .fill('I want to get better at delegating outcomes so that my team decides without waiting for me.');
  await page.getByRole('button', { name: 'Continue' }).click();
  await expectVisible(page.getByRole('heading', { name: 'Rate yourself today' }));
  const count = await page.getByRole('group').count();
  for (let index = 0; index < count; index++) {
    await page.getByRole('group').nth(index).getByRole('radio', { name: /^3/ }).check();
  }
  await page.getByRole('button', { name: 'Start growth cycle' }).click();
  await expectVisible(page.getByText('Your growth cycle has started.'));
  return page.url();
}
