import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { checkAccessibility } from './support/accessibility';
import { signedUpLeader } from './support/accounts';
import { browserUnavailableReason, phoneViewport } from './support/browser';
import { e2eEnvironmentForTests } from './support/e2e-environment';
import { linkIn } from './support/mail-message';
import { expectPage, expectVisible, fitsViewportWidth, smallTouchTargets } from './support/page-checks';
import { pageProblems } from './support/page-problems';
import { screenshot } from './support/screenshots';

const unavailable = browserUnavailableReason();
if (unavailable) console.warn(unavailable);

type Person = { name: string; email: string; group: 'direct_report' | 'peer' | 'manager' | 'other' };

const unique = Date.now().toString(36);
const stakeholders: Person[] = [
  { name: 'Mia Manager', email: `mia.manager.${unique}@example.com`, group: 'manager' },
  { name: 'Dan Direct', email: `dan.direct.${unique}@example.com`, group: 'direct_report' },
  { name: 'Rita Report', email: `rita.report.${unique}@example.com`, group: 'direct_report' },
  { name: 'Devi Ortega', email: `devi.ortega.${unique}@example.com`, group: 'direct_report' },
  { name: 'Pete Peer', email: `pete.peer.${unique}@example.com`, group: 'peer' },
];

// A behavior that speaks of the leader is quoted in the leader's voice, so no pronoun points elsewhere.
const behaviorQuestions = [
  'How consistently does Ada Leader do this: “I let people finish speaking before I respond”?',
  'How consistently does Ada Leader do this: “I summarize what I heard before giving my view”?',
  'How consistently does Ada Leader ask how a situation is affecting the person, not only what happened?',
];

/** One stakeholder's answers: a few ratings, how working together feels, and two ideas. */
type Answers = { experience: string; ratings: number[]; first: string; second?: string };

const answersOf: Answers[] = [
  {
    experience: 'Dependable and thoughtful, though meetings can feel rushed.',
    ratings: [3, 2, 4],
    first: 'Share the problems you hear about with me early, so I can help.',
    second: 'Pause before proposing a fix so people can finish explaining.',
  },
  {
    experience: 'Supportive, and always available.',
    ratings: [4, 3, 3],
    first: 'Ask each of us in our one-to-ones what is worrying us about the project.',
    second: 'Leave silence in meetings so quieter people can speak up.',
  },
  {
    experience: 'Good technical guidance.',
    ratings: [2, 2, 5],
    first: 'Keep your laptop closed in our one-to-ones and ask open questions.',
    second: 'Invite the quieter people to speak first in planning meetings.',
  },
  {
    experience: 'Calm under pressure.',
    ratings: [3, 4, 4],
    first: 'Ask how a delay affects us before asking when it will be done.',
    second: 'In one-to-ones, let us set the agenda and listen before advising.',
  },
  {
    experience: 'Clear about priorities.',
    ratings: [4, 3, 2],
    first: 'Summarize what you heard in meetings before giving your view.',
  },
];

describe.skipIf(unavailable !== undefined)('a growth cycle in the browser', () => {
  const env = e2eEnvironmentForTests();

  test('a leader reframes a problem, listens to five stakeholders and thanks them', {
    timeout: 300_000,
  }, async () => {
    const { page } = await signedUpLeader(env, 'Ada Leader');

    // Reframe: from "what my team does" to a capability of the leader's own.
    await page.goto('/');
    await page.getByRole('link', { name: /Ada Leader's workspace/ }).click();
    await expectPage(page, "Ada Leader's workspace");
    await page.getByRole('link', { name: 'Your growth cycles' }).click();
    await expectPage(page, 'Your growth cycles');
    const cyclesUrl = page.url();
    await expectVisible(page.getByText('No growth cycles yet'));
    await checkAccessibility(page, 'no growth cycles yet');
    await page.getByRole('link', { name: 'Start a growth cycle' }).first().click();
    await expectPage(page, 'Start a growth cycle');
    await checkAccessibility(page);

    await page.getByRole('button', { name: 'Continue' }).click();
    await expectVisible(page.getByText('Describe the problem in a sentence or two'));
    await page
      .getByLabel('The situation, in your own words')
      .fill("My team never tells me about problems until it's too late");
    await page.getByRole('button', { name: 'Continue' }).click();
    await expectVisible(page.getByRole('heading', { name: 'Choose a capability to build' }));
    await expectVisible(page.getByRole('heading', { name: 'A question to sit with' }));
    await checkAccessibility(page, 'choose a capability');
    const listening = page.getByRole('radio', { name: 'Listening with empathy' });
    if (!(await listening.isVisible())) await page.getByText(/All other capabilities/).click();
    await listening.check();
    await expectVisible(page.getByRole('heading', { name: 'Why it matters' }));
    await screenshot(page, 'new-cycle-competency');
    await page.getByRole('button', { name: 'Continue' }).click();

    const goal = page.getByLabel('Your goal', { exact: true });
    expect(await goal.inputValue()).toBe('I want to get better at listening with empathy so that ');
    await page.getByRole('button', { name: 'Continue' }).click();
    await expectVisible(page.getByText('Finish the sentence'));
    await goal.fill(
      'I want to get better at listening with empathy so that my team tells me about problems early.',
    );
    await page.getByRole('button', { name: 'Continue' }).click();

    await expectVisible(page.getByRole('heading', { name: 'Rate yourself today' }));
    const selfRatings = [4, 3, 2, 3, 2];
    for (const [index, rating] of selfRatings.entries()) {
      await page
        .getByRole('group')
        .nth(index)
        .getByRole('radio', { name: new RegExp(`^${rating}`) })
        .check();
    }
    await checkAccessibility(page, 'rate yourself');
    await screenshot(page, 'new-cycle-baseline');
    await page.getByRole('button', { name: 'Start growth cycle' }).click();

    await expectPage(page, 'Listening with empathy');
    await expectVisible(page.getByText('Your growth cycle has started.'));
    await expectVisible(page.getByText('my team tells me about problems early'));
    await expectVisible(page.getByRole('heading', { name: 'Ask for input' }));
    await checkAccessibility(page, 'new cycle without stakeholders');
    const cycleUrl = page.url();

    // Stakeholders, added inside the "ask for input" step; the relationship stays from one to the next.
    for (const person of stakeholders) {
      await page.getByLabel('Name', { exact: true }).fill(person.name);
      await page.getByLabel('Email (optional)').fill(person.email);
      await page.getByLabel('Who they are to you').selectOption(person.group);
      await page.getByRole('button', { name: 'Add stakeholder' }).click();
      await expectVisible(page.getByRole('checkbox', { name: new RegExp(person.name) }));
    }
    expect(await page.getByLabel('Who they are to you').inputValue()).toBe(stakeholders.at(-1)?.group);

    // Listen: on a first round everyone listed starts chosen.
    expect(await page.getByLabel('Your message to them').inputValue()).toContain(
      "I'm working on listening with empathy",
    );
    await expectVisible(page.getByText('5 of 5 selected'));
    await expectVisible(page.getByRole('status').filter({ hasText: 'How the results will be grouped' }));
    for (const person of stakeholders.slice(2))
      await page.getByRole('checkbox', { name: new RegExp(person.name) }).uncheck();
    await expectVisible(page.getByText('2 of 5 selected · choose at least 3'));
    await page.getByRole('button', { name: 'Open round and send invitations' }).click();
    await expectVisible(page.getByText('Choose at least 3 people'));
    await checkAccessibility(page, 'ask for input, too few chosen');
    await page.getByRole('button', { name: 'Select everyone' }).click();
    await expectVisible(page.getByText('5 of 5 selected'));
    await screenshot(page, 'cycle-ask-for-input');
    await page.getByRole('button', { name: 'Open round and send invitations' }).click();

    await expectPage(page, 'Listening round');
    await expectVisible(page.getByText('Invitations are on their way to 5 people by email.'));
    await expectVisible(page.getByText('0 of 5 have answered'));
    await checkAccessibility(page, 'open round');
    await screenshot(page, 'round-open');
    const roundUrl = page.url();

    // Five stakeholders answer, each in their own browser, through the emailed link.
    for (const [index, person] of stakeholders.entries()) {
      const mail = await env.mail.waitForMessage(person.email, 'Ada Leader would value your feedforward');
      const link = linkIn(mail, '/a/');
      const onPhone = index === 1;
      const visit = await env.newVisitor(
        onPhone ? { viewport: phoneViewport, isMobile: true, hasTouch: true } : {},
      );
      await answerAsStakeholder(visit.page, link, person, answersOf[index] as Answers, onPhone);
      if (index === 0) {
        // The same link again: answers cannot be changed.
        await visit.page.goto(link);
        await expectPage(visit.page, 'You have already answered');
        await checkAccessibility(visit.page, 'already answered');
      }
      expect(pageProblems(visit.page)).toEqual([]);
      await visit.context.close();
    }

    // Before closing, the leader sees only the count.
    await page.goto(roundUrl);
    await expectPage(page, 'Listening round');
    await expectVisible(page.getByText('5 of 5 have answered'));
    expect(await page.getByRole('heading', { name: 'Suggestions for the future' }).count()).toBe(0);

    await page.getByRole('button', { name: 'Close now' }).click();
    const dialog = page.getByRole('dialog', { name: 'Close the round now?' });
    await expectVisible(dialog);
    await checkAccessibility(page, 'confirm closing the round');
    await dialog.getByRole('button', { name: 'Close round' }).click();

    // After closing: figures, texts, suggestions, themes and the named manager, apart.
    await expectVisible(page.getByRole('heading', { name: 'How others see you, and how you saw yourself' }));
    await expectVisible(page.getByText('Closed on'));
    const chart = page.getByRole('list', { name: "Your rating and others' average, per behavior" });
    await expectVisible(chart.getByText('3.0 · 4 ratings'));
    await expectVisible(page.getByRole('heading', { name: 'How people experience working with you' }));
    await expectVisible(page.getByText('Supportive, and always available.'));
    const suggestions = page.getByRole('list', { name: 'Every suggestion' });
    await expectVisible(suggestions.getByText('Leave silence in meetings so quieter people can speak up.'));
    // Two stakeholders asked, in their own words, for room for the quieter people to speak.
    const themes = page.getByRole('list', { name: 'Themes' });
    await expectVisible(themes.getByText('“quieter people to speak”'));
    expect(await themes.locator(':scope > li').count()).toBe(1);
    expect(await themes.locator('summary').first().textContent()).toMatch(/2\s*suggestions/);
    const named = page.getByRole('region', { name: 'Your manager chose to be named' });
    await expectVisible(named.getByText('Share the problems you hear about with me early, so I can help.'));
    // The manager's words appear only in their own section, never among the anonymous ones.
    expect(await suggestions.getByText('Share the problems you hear about').count()).toBe(0);
    await page.getByText('Show as a table').click();
    await expectVisible(page.getByRole('table').getByRole('columnheader', { name: 'Others (average)' }));
    await assertNoStakeholderIsNamed(page);
    await checkAccessibility(page, 'released results');
    await screenshot(page, 'round-results');

    // The one reply: a thank-you note to everyone asked.
    const note = page.getByLabel('Your thank-you note');
    await note.fill(
      'Thank you all for your time and your ideas. I will share what I am going to work on soon.',
    );
    await page.getByRole('button', { name: 'Send thank-you note' }).click();
    await expectVisible(page.getByText('Your thank-you note was emailed to 5 people.'));
    await expectVisible(page.getByText('You thanked everyone you asked on'));
    for (const person of stakeholders) {
      const thanks = await env.mail.waitForMessage(person.email, 'Thank you from Ada Leader');
      expect(thanks.text).toContain('Thank you all for your time and your ideas.');
    }
    await checkAccessibility(page, 'thanked');

    await page.goto(cycleUrl);
    await expectPage(page, 'Listening with empathy');
    await expectVisible(page.getByRole('list', { name: 'Rounds' }).getByText('5 of 5 answered'));
    await checkAccessibility(page, 'cycle after the round');
    await expectScreensFitAPhone(page, [cyclesUrl, `${cyclesUrl}/new`, cycleUrl, roundUrl]);
    expect(pageProblems(page)).toEqual([]);
  });
});

/** The leader's screens at 360 px: nothing sticks out sideways. */
async function expectScreensFitAPhone(page: Page, urls: string[]) {
  await page.setViewportSize(phoneViewport);
  for (const [index, url] of urls.entries()) {
    await page.goto(url);
    await page.locator('main h1').waitFor();
    expect(await fitsViewportWidth(page), url).toBe(true);
    await checkAccessibility(page, `${url} on a phone`);
    await screenshot(page, `leader-phone-${index + 1}`);
  }
}

async function answerAsStakeholder(
  page: Page,
  link: string,
  person: Person,
  answers: Answers,
  onPhone: boolean,
) {
  await page.goto(link);
  await expectPage(page, 'Your ideas for Ada Leader', 'Suggestions for Ada Leader');
  // The token was swapped for a cookie; it is in neither the address bar nor the history.
  expect(new URL(page.url()).pathname).toBe('/answer');
  // The promise shows up front; the ground rules are summed up in one line and open in full on a tap.
  await expectVisible(page.getByText('Your answers are anonymous.'));
  await page.getByText(/^Four ground rules:/).click();
  await expectVisible(page.getByText('Let go of the past.'));
  const namedChoice = page.getByRole('checkbox', { name: /Show my answers to Ada Leader with my name/ });
  expect(await namedChoice.count()).toBe(person.group === 'manager' ? 1 : 0);
  if (person.group === 'manager') await namedChoice.check();
  await checkAccessibility(page, `answer form for ${person.name}`);
  if (person.group === 'manager') await screenshot(page, 'stakeholder-form-manager');

  await page.getByLabel('How do you experience working with Ada Leader?').fill(answers.experience);
  for (const [index, rating] of answers.ratings.entries()) {
    const group = page.getByRole('group', { name: behaviorQuestions[index] });
    await group.getByRole('radio', { name: new RegExp(`^${rating}`) }).check();
  }
  const first = page.getByLabel(/One thing Ada Leader could do in the future/);
  if (onPhone) {
    // The feedforward coach notices a suggestion that looks back, and offers a way forward.
    await first.fill('You should have listened to me last week when I raised the deadline problem.');
    await expectVisible(page.getByText('A tip for this suggestion'));
    await checkAccessibility(page, 'feedforward hint');
    // The tip's button, like every other control on the page, is big enough for a thumb.
    expect(await smallTouchTargets(page)).toEqual([]);
    await screenshot(page, 'stakeholder-hint-phone');
    await page.getByRole('button', { name: 'Use this wording' }).click();
    expect(await first.inputValue()).toMatch(/^In the future/);
    await page.getByText('A tip for this suggestion').waitFor({ state: 'detached' });
  }
  await first.fill(answers.first);
  if (answers.second)
    await page.getByLabel('Another suggestion for the future (optional)').fill(answers.second);

  if (onPhone) {
    expect(await fitsViewportWidth(page)).toBe(true);
    await screenshot(page, 'stakeholder-form-phone');
  }
  await page.getByRole('button', { name: 'Send my answers' }).click();
  await expectPage(page, 'Thank you');
  await expectVisible(page.getByText('Your answers were saved anonymously.'));
  await checkAccessibility(page, 'thank-you page');
}

/** Anonymity, checked on everything the page holds: visible text and markup alike. */
async function assertNoStakeholderIsNamed(page: Page) {
  const text = (await page.locator('body').textContent()) ?? '';
  const html = await page.content();
  for (const person of stakeholders) {
    expect(text).not.toContain(person.name);
    expect(html).not.toContain(person.name);
    expect(html).not.toContain(person.email);
  }
}
