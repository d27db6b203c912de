import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { checkAccessibility } from './support/accessibility';
import { signedUpLeader } from './support/accounts';
import { type Api, apiFor } from './support/api-client';
import { browserUnavailableReason, phoneViewport } from './support/browser';
import { type E2eEnvironment, e2eEnvironmentForTests } from './support/e2e-environment';
import { newListeningCycle } from './support/listening-cycle';
import { linkIn } from './support/mail-message';
import { expectPage, expectVisible, fitsViewportWidth, smallTouchTargets } from './support/page-checks';
import { pageProblems } from './support/page-problems';
import { screenshot } from './support/screenshots';

const unavailable = browserUnavailableReason();
if (unavailable) console.warn(unavailable);

type Group = 'direct_report' | 'peer' | 'manager' | 'other';
const unique = Date.now().toString(36);
const stakeholders: { name: string; email: string; group: Group }[] = [
  { name: 'Dan Direct', email: `dan.${unique}@example.com`, group: 'direct_report' },
  { name: 'Rita Report', email: `rita.${unique}@example.com`, group: 'direct_report' },
  { name: 'Devi Ortega', email: `devi.${unique}@example.com`, group: 'direct_report' },
  { name: 'Pete Peer', email: `pete.${unique}@example.com`, group: 'peer' },
  { name: 'Olga Other', email: `olga.${unique}@example.com`, group: 'peer' },
  { name: 'Paz Partner', email: `paz.${unique}@example.com`, group: 'peer' },
];

const commitments = [
  {
    situation: 'a teammate brings me a problem',
    action: 'I will ask what they have already tried before I suggest anything',
    frequency: 'every time',
    noticedBy: 'They hear a question from me before any advice',
  },
  {
    situation: 'we meet one to one',
    action: 'I will summarize what I heard before giving my view',
    frequency: 'in every one-to-one',
    noticedBy: 'They hear their point repeated back in my words',
  },
];

/** Per stakeholder, a change rating per commitment (null: not enough contact) and one idea. */
type MiniAnswers = { ratings: (number | null)[]; idea: string };
const firstSurvey: MiniAnswers[] = [
  { ratings: [1, 0], idea: 'Ask the quieter people first in planning.' },
  { ratings: [2, 1], idea: 'Keep asking what we tried; it helps.' },
  { ratings: [0, 1], idea: 'Close the laptop in our one-to-ones.' },
  { ratings: [1, null], idea: 'Summarize decisions at the end of meetings.' },
  { ratings: [-1, 0], idea: 'Leave a pause before you answer.' },
  { ratings: [1, 1], idea: 'Tell us what you are trying next.' },
];
const secondSurvey: MiniAnswers[] = [
  { ratings: [2, 2], idea: 'Keep the pause before advice.' },
  { ratings: [3, 2], idea: 'Share what you are practicing with the other team too.' },
  { ratings: [2, 1], idea: 'Ask me how I would solve it.' },
  { ratings: [2, 1], idea: 'Invite people to disagree.' },
  { ratings: [1, 2], idea: 'Keep summarizing before you decide.' },
  { ratings: [2, 1], idea: 'Ask the new people for their view first.' },
];

describe.skipIf(unavailable !== undefined)('following up in the browser', () => {
  const env = e2eEnvironmentForTests();

  test('a leader runs two mini-surveys, sees progress and the report, closes the cycle and notes their part', {
    timeout: 400_000,
  }, async () => {
    const { context, page, api } = await signedUpLeader(env, 'Ada Leader');
    const { cycleId, workspaceId } = await listenedAndCommitted(env, api);

    // The cycle page offers follow-up: not due yet, so behind "Ask now".
    await page.goto(`/cycles/${cycleId}`);
    await expectPage(page, 'Listening with empathy');
    await expectVisible(page.getByRole('heading', { name: 'Follow up', exact: true }));
    await expectVisible(page.getByText('Next mini-survey'));
    await page.getByLabel('Days between mini-surveys').fill('20');
    await page.getByRole('button', { name: 'Save interval' }).click();
    await expectVisible(page.getByText('Ask for a mini-survey at most every 30 days'));
    await page.getByLabel('Days between mini-surveys').fill('60');
    await page.getByRole('button', { name: 'Save interval' }).click();
    await expectVisible(page.getByText('Mini-surveys are now due every 60 days.'));
    await checkAccessibility(page, 'cycle page with follow-up');
    await page.getByText('Ask now', { exact: true }).click();
    await screenshot(page, 'cycle-follow-up');
    await page.getByText('Ask now', { exact: true }).click();

    const firstUrl = await openMiniSurvey(page);
    await answerAll(env, firstSurvey, 0);
    await page.goto(firstUrl);
    await expectVisible(page.getByText('6 of 6 have answered'));
    await page.getByRole('button', { name: 'Close now' }).click();
    await page
      .getByRole('dialog', { name: 'Close the round now?' })
      .getByRole('button', { name: 'Close round' })
      .click();
    await expectVisible(page.getByRole('heading', { name: 'Perceived change, per behavior' }));
    const changes = page.getByRole('list', { name: 'Perceived change per behavior' });
    await expectVisible(changes.getByText('+0.7'));
    await expectVisible(changes.getByText('+0.6'));
    // The results show each behavior as the leader wrote it, "When" and "I will" included.
    await expectVisible(
      changes.getByText(
        'When a teammate brings me a problem, I will ask what they have already tried before I suggest anything.',
      ),
    );
    expect(await page.getByText('Keep asking what we tried; it helps.').count()).toBeGreaterThan(0);
    await checkAccessibility(page, 'mini-survey results');
    await screenshot(page, 'mini-survey-results');

    // A second mini-survey right after the first, with better ratings.
    await page.goto(`/cycles/${cycleId}`);
    const secondUrl = await openMiniSurvey(page);
    await answerAll(env, secondSurvey, 3);
    await page.goto(secondUrl);
    await expectVisible(page.getByText('6 of 6 have answered'));
    await page.getByRole('button', { name: 'Close now' }).click();
    await page
      .getByRole('dialog', { name: 'Close the round now?' })
      .getByRole('button', { name: 'Close round' })
      .click();
    await expectVisible(page.getByText('Real progress (above +1)'));
    await checkAccessibility(page, 'second mini-survey results');

    // A pulse check-in: two open questions, answered by three people, texts only.
    await page.goto(`/cycles/${cycleId}`);
    await page.getByText('Ask now', { exact: true }).click();
    await expectVisible(page.getByRole('radio', { name: /Pulse check-in/ }));
    await page.getByRole('button', { name: 'Open pulse check-in' }).click();
    await expectPage(page, 'Pulse check-in');
    for (const person of stakeholders.slice(0, 3)) {
      await answerThroughApi(
        env,
        person.email,
        `${person.name.split(' ')[0]} saw more questions and fewer fixes.`,
      );
    }
    await page.reload();
    await expectVisible(page.getByText('3 of 6 have answered'));
    await page.getByRole('button', { name: 'Close now' }).click();
    await page
      .getByRole('dialog', { name: 'Close the round now?' })
      .getByRole('button', { name: 'Close round' })
      .click();
    await expectVisible(page.getByRole('heading', { name: /What progress have you seen/ }));
    await expectVisible(page.getByText('Dan saw more questions and fewer fixes.'));
    await checkAccessibility(page, 'pulse results');
    await screenshot(page, 'pulse-results');

    // Progress: both rounds on one time axis, with the effort and a table.
    await page.goto(`/cycles/${cycleId}/progress`);
    await expectPage(page, 'Your progress');
    await expectVisible(page.getByRole('img', { name: 'Perceived change and weekly effort over time' }));
    await expectVisible(page.getByText('Latest mini-survey:'));
    await page.getByText('Show as a table').click();
    const table = page.getByRole('table', { name: 'Perceived change per mini-survey and behavior' });
    expect(await table.getByRole('row', { name: /All behaviors/ }).count()).toBe(2);
    await expectVisible(page.getByRole('table', { name: 'Your daily effort, averaged per week' }));
    const csv = page.getByRole('link', { name: 'Download CSV' });
    expect(await csv.getAttribute('href')).toBe(`/api/cycles/${cycleId}/progress.csv`);
    const download = await context.request.get(`${env.baseUrl}/api/cycles/${cycleId}/progress.csv`);
    expect(download.headers()['content-type']).toContain('text/csv');
    expect(await download.text()).toContain('1.75');
    await checkAccessibility(page, 'progress');
    await screenshot(page, 'progress');

    await page.getByRole('link', { name: 'Printable report' }).click();
    await expectPage(page, 'Growth cycle report');
    await expectVisible(page.getByRole('button', { name: 'Print' }));
    await expectVisible(page.getByText(commitments[0]?.situation ?? ''));
    expect(await page.getByRole('row', { name: /Mini-survey/ }).count()).toBe(2);
    await checkAccessibility(page, 'report');
    await screenshot(page, 'report');
    // On paper: no navigation and no buttons, only the report.
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('navigation', { name: 'Main' }).isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Print' }).isVisible()).toBe(false);
    await expectVisible(page.getByRole('heading', { name: 'Growth cycle report' }));
    await screenshot(page, 'report-print');
    await page.emulateMedia({ media: 'screen' });

    // Review: close with a reflection, then start the next cycle with the same people.
    await page.goto(`/cycles/${cycleId}`);
    await page.getByText('Reflect and close the cycle').click();
    await page.getByRole('button', { name: 'Close this cycle' }).click();
    await expectVisible(page.getByText('Write your reflection in a sentence or two'));
    await page
      .getByLabel('Your reflection')
      .fill('Asking before advising changed how often people bring me problems early.');
    await page.getByRole('button', { name: 'Close this cycle' }).click();
    await expectVisible(page.getByRole('heading', { name: 'This cycle is closed' }));
    await expectVisible(page.getByText('This cycle is closed and your reflection is saved.'));
    await checkAccessibility(page, 'closed cycle');
    await page.getByRole('link', { name: 'Start your next cycle' }).click();
    await expectPage(page, 'Start a growth cycle');
    await checkAccessibility(page, 'the next cycle');
    await page.goto(`/workspaces/${workspaceId}/cycles`);
    const history = page.getByRole('list', { name: 'Closed growth cycles' });
    await expectVisible(history.getByText(/Reflection: “Asking before advising/));
    await checkAccessibility(page, 'cycle history');

    // Relationships: the same five people, by group, with a private note.
    await page.goto(`/workspaces/${workspaceId}/relationships`);
    await expectPage(page, 'Your relationships');
    const groups = page.getByRole('list', { name: 'Your stakeholders by group' });
    for (const person of stakeholders) await expectVisible(groups.getByText(person.name, { exact: true }));
    await expectVisible(page.getByText('Gray: not enough answers to show'));
    // Three direct reports and three peers rated every behavior: each group has its own color.
    await expectVisible(
      groups.getByText('Perceived change +2.0, 100% at +1 or better, averaged over your behaviors'),
    );
    await expectVisible(
      groups.getByText('Perceived change +1.5, 100% at +1 or better, averaged over your behaviors'),
    );
    await page.getByText('Add a note').first().click();
    await page
      .getByLabel('What is my part in how this works with Dan Direct?')
      .fill('I jump in with answers when Dan is still thinking aloud.');
    await page.getByRole('button', { name: 'Save note' }).first().click();
    await expectVisible(page.getByText('Your note is saved.'));
    await checkAccessibility(page, 'relationships');
    await page.reload();
    await expectVisible(page.getByText('I jump in with answers when Dan is still thinking aloud.'));
    await screenshot(page, 'relationships');

    await page.setViewportSize(phoneViewport);
    for (const [index, path] of [
      `/cycles/${cycleId}/progress`,
      `/cycles/${cycleId}/report`,
      `/workspaces/${workspaceId}/relationships`,
      secondUrl,
    ].entries()) {
      await page.goto(path);
      await page.locator('main h1').waitFor();
      expect(await fitsViewportWidth(page), path).toBe(true);
      await checkAccessibility(page, `${path} on a phone`);
      await screenshot(page, `follow-up-phone-${index + 1}`);
    }
    expect(pageProblems(page)).toEqual([]);
  });
});

/** Opens a mini-survey from the cycle page for the people asked last time; returns the round's address. */
async function openMiniSurvey(page: Page): Promise<string> {
  await expectPage(page, 'Listening with empathy');
  await page.getByText('Ask now', { exact: true }).click();
  await page.getByRole('radio', { name: /Mini-survey/ }).check();
  await expectVisible(page.getByText('6 of 6 selected'));
  await expectVisible(page.getByText(/from −3 to \+3/));
  await checkAccessibility(page, 'follow-up form');
  await page.getByRole('button', { name: 'Open mini-survey' }).click();
  await expectPage(page, 'Mini-survey');
  await expectVisible(page.getByText('0 of 6 have answered'));
  return page.url();
}

async function answerAll(env: E2eEnvironment, answers: MiniAnswers[], phoneIndex: number) {
  for (const [index, person] of stakeholders.entries()) {
    const mail = await env.mail.waitForMessage(person.email, 'Ada Leader would value your feedforward');
    const onPhone = index === phoneIndex;
    const visit = await env.newVisitor(
      onPhone ? { viewport: phoneViewport, isMobile: true, hasTouch: true } : {},
    );
    const page = visit.page;
    await page.goto(linkIn(mail, '/a/'));
    await expectPage(page, 'Your ideas for Ada Leader', 'Suggestions for Ada Leader');
    const mine = answers[index] as MiniAnswers;
    const scales = page.getByRole('group', { name: /Has Ada Leader become more or less effective/ });
    // Stakeholders rate the leader's own sentence, situation and all, so every pronoun is the leader's.
    await expectVisible(
      scales.first().getByText('Ada Leader wrote: “When a teammate brings me a problem, I will ask', {
        exact: false,
      }),
    );
    const often = page.getByRole('group', {
      name: 'How often has Ada Leader followed up with you about this?',
    });
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
      // Seven options from −3 to +3 side by side, each still big enough for a thumb.
      expect(await smallTouchTargets(page)).toEqual([]);
      await checkAccessibility(page, 'mini-survey on a phone');
      await screenshot(page, 'mini-survey-phone');
    }
    await page.getByRole('button', { name: 'Send my answers' }).click();
    await expectPage(page, 'Thank you');
    expect(pageProblems(page)).toEqual([]);
    await visit.context.close();
  }
}

type Question =
  | { id: string; kind: 'rating'; min: number; max: number }
  | { id: string; kind: 'text'; required: boolean }
  | { id: string; kind: 'choice'; options: { value: string }[] };

/**
 * Set-up through the API: a cycle, five stakeholders, a listening round everyone answered (each through
 * their own emailed link, in their own context) and closed, two commitments and a week of daily scores.
 */
async function listenedAndCommitted(env: E2eEnvironment, api: Api) {
  const { workspaceId, cycleId } = await newListeningCycle(api, { 'let-people-finish': 3 });
  const ids: string[] = [];
  for (const person of stakeholders) {
    const { stakeholder } = await api.post<{ stakeholder: { id: string } }>(
      `/api/workspaces/${workspaceId}/stakeholders`,
      { name: person.name, email: person.email, relationshipGroup: person.group },
    );
    ids.push(stakeholder.id);
  }
  const { roundId } = await api.post<{ roundId: string }>(`/api/cycles/${cycleId}/rounds`, {
    kind: 'listening',
    intro: 'I would value your honest, future-focused suggestions.',
    closesOn: new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10),
    stakeholderIds: ids,
  });
  for (const person of stakeholders) {
    await answerThroughApi(env, person.email, 'Ask each of us what worries us about the project.');
  }
  await api.post(`/api/rounds/${roundId}/close`, {});
  for (const commitment of commitments) {
    const { commitment: saved } = await api.post<{ commitment: { id: string } }>(
      `/api/cycles/${cycleId}/commitments`,
      { ...commitment, sourceSuggestion: null },
    );
    for (let back = 0; back < 6; back++) {
      const day = new Date(Date.now() - back * 86_400_000).toISOString().slice(0, 10);
      await api.put(`/api/commitments/${saved.id}/checkins/${day}`, { score: 6 + (back % 3), note: '' });
    }
  }
  return { cycleId, workspaceId };
}

/** One stakeholder answers every question through their emailed link, without the screens. */
async function answerThroughApi(env: E2eEnvironment, email: string, text: string) {
  const mail = await env.mail.waitForMessage(email, 'Ada Leader would value your feedforward');
  const visit = await env.newVisitor();
  const answerer = apiFor(visit.context.request, env.baseUrl);
  await visit.context.request.get(linkIn(mail, '/a/'));
  const { page } = await answerer.get<{ page: { questions: Question[] } }>('/api/answer');
  const answers = Object.fromEntries(
    page.questions.map((question) => [
      question.id,
      question.kind === 'rating'
        ? Math.round((question.min + question.max) / 2)
        : question.kind === 'choice'
          ? (question.options[0]?.value ?? null)
          : text,
    ]),
  );
  await answerer.post('/api/answer', { answers });
  await visit.context.close();
}
