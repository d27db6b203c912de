import { describe, expect, test } from 'vitest';
import { addDays } from '../../src/shared/calendar';
import { checkAccessibility } from './support/accessibility';
import { signedUpLeader } from './support/accounts';
import type { Api } from './support/api-client';
import { browserUnavailableReason } from './support/browser';
import { e2eEnvironmentForTests } from './support/e2e-environment';
import { newListeningCycle } from './support/listening-cycle';
import { expectPage, expectVisible } from './support/page-checks';
import { pageProblems } from './support/page-problems';
import { screenshot } from './support/screenshots';

const unavailable = browserUnavailableReason();
if (unavailable) console.warn(unavailable);

const behaviors = [
  {
    situation: 'When someone brings me a problem',
    action: 'I will ask two open questions before I suggest anything',
    frequency: 'Every time',
    noticedBy: 'They will hear questions before advice',
  },
  {
    situation: 'When a decision is made',
    action: 'I will share why in the team channel',
    frequency: 'Every decision',
    noticedBy: 'They will read the reasons in the channel',
  },
];

/** A cycle with two behaviors, a week of scores for each, and whatever `before` adds; then closed. */
async function closedCycleWithPractice(api: Api, before: (cycleId: string) => Promise<void>) {
  const { cycleId } = await newListeningCycle(api);
  const { today } = await api.get<{ today: string }>(`/api/cycles/${cycleId}/checkins`);
  for (const [index, behavior] of behaviors.entries()) {
    const { commitment } = await api.post<{ commitment: { id: string } }>(
      `/api/cycles/${cycleId}/commitments`,
      behavior,
    );
    for (let back = 0; back <= 6; back++) {
      await api.put(`/api/commitments/${commitment.id}/checkins/${addDays(today, -back)}`, {
        score: 3 + back + index,
      });
    }
  }
  await before(cycleId);
  await api.post(`/api/cycles/${cycleId}/review`, {
    reflection: 'Asking before advising changed how often people bring me problems early.',
  });
  return cycleId;
}

describe.skipIf(unavailable !== undefined)("a closed cycle's plan and practice in the browser", () => {
  const env = e2eEnvironmentForTests();

  test('a closed cycle shows its plan and practice as history, with nothing left to change', {
    timeout: 120_000,
  }, async () => {
    const { page, api } = await signedUpLeader(env, 'Ada Leader');
    const cycleId = await closedCycleWithPractice(api, async (id) => {
      await api.post(`/api/cycles/${id}/announcement`, {
        subject: 'What I am working on, and how you can help',
        body: 'I am practicing asking before advising, and I would like you to notice it.',
        send: true,
      });
      await api.put(`/api/cycles/${id}/daily-reminder`, {
        enabled: true,
        time: '07:30',
        timeZone: 'Europe/Amsterdam',
      });
    });

    // The cycle page offers the plan and the practice as history.
    await page.goto(`/cycles/${cycleId}`);
    await expectPage(page, 'Listening with empathy');
    const card = page.getByRole('region', { name: 'Your plan and practice' });
    await expectVisible(card.getByRole('link', { name: 'Your plan' }));
    expect(await page.getByRole('region', { name: 'Commit, tell and practice' }).count()).toBe(0);
    await expectVisible(page.getByRole('heading', { name: 'Your starting point' }));
    expect(await page.getByRole('button', { name: 'Edit your starting point' }).count()).toBe(0);

    // The plan: the behaviors and the message as they were, and no way to change them.
    await card.getByRole('link', { name: 'Your plan' }).click();
    await expectPage(page, 'Your plan');
    await expectVisible(page.getByRole('heading', { name: 'This cycle is closed' }));
    const practiced = page.getByRole('list', { name: 'Behaviors you practiced' });
    expect(await practiced.getByRole('listitem').count()).toBe(2);
    await expectVisible(
      practiced.getByText('When someone brings me a problem, I will ask two open questions'),
    );
    await expectVisible(page.getByRole('heading', { name: 'What you told your team' }));
    await expectVisible(page.getByText('What I am working on, and how you can help'));
    await expectVisible(page.getByText('You told your team on'));
    for (const name of [/^Edit/, /^Retire/, 'Write a behavior', /^Send/, 'Save draft', 'Copy'])
      expect(await page.getByRole('button', { name }).count()).toBe(0);
    expect(await page.getByRole('textbox').count()).toBe(0);
    const newCycle = page.getByRole('link', { name: 'Start a new cycle' });
    expect(await newCycle.getAttribute('href')).toMatch(/^\/workspaces\/[^/]+\/cycles\/new$/);
    await checkAccessibility(page, 'closed plan');
    await screenshot(page, 'closed-plan');

    // The practice: eight weeks of scores and the weekly averages, no questions and no reminder form.
    await page.getByRole('link', { name: 'Your practice' }).click();
    await expectPage(page, 'Your practice');
    await expectVisible(page.getByRole('heading', { name: 'This cycle is closed' }));
    await expectVisible(page.getByText('No more daily reminders are sent for it.'));
    const heatmaps = page.getByRole('list', { name: /^Daily scores from/ });
    expect(await heatmaps.count()).toBe(2);
    expect(
      await heatmaps
        .first()
        .getByRole('listitem')
        .filter({ hasText: /: \d+ of 10/ })
        .count(),
    ).toBe(7);
    await expectVisible(page.getByRole('list', { name: 'Average effort per week' }));
    expect(await page.getByRole('list', { name: 'Daily questions' }).count()).toBe(0);
    expect(await page.getByRole('group', { name: /^Did I do my best/ }).count()).toBe(0);
    expect(await page.getByRole('button', { name: '8', exact: true }).count()).toBe(0);
    expect(await page.getByLabel('Day', { exact: true }).count()).toBe(0);
    expect(await page.getByRole('checkbox').count()).toBe(0);
    for (const name of ['Save reminder', 'Save note'])
      expect(await page.getByRole('button', { name }).count()).toBe(0);
    expect(await page.getByRole('link', { name: 'Start a new cycle' }).getAttribute('href')).toMatch(
      /^\/workspaces\/[^/]+\/cycles\/new$/,
    );
    await page.getByText('Show as a table').first().click();
    await expectVisible(page.getByRole('table').first().getByRole('columnheader', { name: 'Score' }));
    await checkAccessibility(page, 'closed practice');
    await screenshot(page, 'closed-practice');

    // A cycle closed before the leader told the team says so, with no draft to send.
    const untold = await closedCycleWithPractice(api, async () => undefined);
    await page.goto(`/cycles/${untold}/plan`);
    await expectPage(page, 'Your plan');
    await expectVisible(page.getByText('This cycle closed without a message to your team from Feedforward.'));
    expect(await page.getByRole('textbox').count()).toBe(0);
    expect(await page.getByRole('button', { name: /^Send/ }).count()).toBe(0);
    await checkAccessibility(page, 'closed plan, team not told');
    await page.goto(`/cycles/${untold}/practice`);
    await expectPage(page, 'Your practice');
    expect(await page.getByText('No more daily reminders are sent for it.').count()).toBe(0);
    expect(pageProblems(page)).toEqual([]);
  });
});
