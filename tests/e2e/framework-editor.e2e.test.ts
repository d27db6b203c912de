import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import type { ActiveFramework } from '../../src/shared/framework';
import { checkAccessibility } from './support/accessibility';
import { signedUpLeader } from './support/accounts';
import { browserUnavailableReason, phoneViewport } from './support/browser';
import { e2eEnvironmentForTests } from './support/e2e-environment';
import { newListeningCycle } from './support/listening-cycle';
import { expectPage, expectVisible, fieldMessage, fitsViewportWidth } from './support/page-checks';
import { pageProblems } from './support/page-problems';
import { screenshot } from './support/screenshots';

const unavailable = browserUnavailableReason();
if (unavailable) console.warn(unavailable);

/** One competency's card in the editor, found by the start of its heading. */
const competencyCard = (page: Page, name: string) =>
  page
    .getByRole('list', { name: 'Competencies to edit' })
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { level: 3, name: new RegExp(`^${name}`) }) });

const headingsInEditor = (page: Page) =>
  page
    .getByRole('list', { name: 'Competencies to edit' })
    .getByRole('heading', { level: 3 })
    .allTextContents();

const focusedLabel = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('aria-label'));

async function openEditor(page: Page, workspaceId: string) {
  await page.goto(`/workspaces/${workspaceId}/framework`);
  await expectPage(page, 'Competency framework');
  await page.getByRole('button', { name: 'Edit competencies and behaviors' }).click();
  await expectVisible(page.getByRole('heading', { name: 'Edit the framework' }));
}

describe.skipIf(unavailable !== undefined)('editing the competency framework in the browser', () => {
  const env = e2eEnvironmentForTests();

  test('an admin adds, rewords, reorders and retires, saves a version, and a running cycle keeps its copy', {
    timeout: 180_000,
  }, async () => {
    // A personal workspace: its leader is its admin, and already has a cycle under way.
    const { page, api } = await signedUpLeader(env, 'Ada Admin');
    const { workspaceId, cycleId } = await newListeningCycle(api);
    const frameworkNow = () => api.get<ActiveFramework>(`/api/workspaces/${workspaceId}/framework`);

    await openEditor(page, workspaceId);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Edit the framework');
    await expectVisible(page.getByText('Growth cycles already under way keep the copy of their competency'));
    await checkAccessibility(page, 'framework editor');

    // Reword a behavior of the competency the running cycle uses.
    const listening = competencyCard(page, 'Listening with empathy');
    await listening.getByText('Edit Listening with empathy').click();
    const first = listening.getByLabel('Behavior 1', { exact: true });
    expect(await first.inputValue()).toBe('let people finish speaking before I respond');
    await first.fill('let people finish their thought before I respond');

    // Retire another, keyboard only.
    await listening
      .getByRole('button', { name: 'Retire “invite the quieter people in a meeting to share their view”' })
      .focus();
    await page.keyboard.press('Enter');
    await expectVisible(listening.getByLabel('Behavior 5 (retired)'));

    // Reorder with the keyboard: the moved competency's button keeps focus in its new place.
    const before = await headingsInEditor(page);
    await page.getByRole('button', { name: 'Move down: Listening with empathy' }).focus();
    await page.keyboard.press('Enter');
    await expectVisible(page.getByText(/Moved Listening with empathy to position 2 of \d+\./));
    expect(await focusedLabel(page)).toBe('Move down: Listening with empathy');
    expect((await headingsInEditor(page)).slice(0, 2)).toEqual([before[1], before[0]]);

    // A new competency: saving it empty names every missing field.
    await page.getByRole('button', { name: 'Add a competency' }).click();
    // The last card; found by place, as its heading follows the name typed.
    const added = page
      .getByRole('list', { name: 'Competencies to edit' })
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { level: 3 }) })
      .last();
    await expectVisible(added.getByRole('heading', { name: /^New competency/ }));
    const name = added.getByLabel('Name', { exact: true });
    expect(await name.evaluate((input) => input === document.activeElement)).toBe(true);
    await page.getByRole('button', { name: /^Save as version 1$/ }).click();
    await expectVisible(page.getByText(/problems to fix before saving/));
    expect(await name.getAttribute('aria-invalid')).toBe('true');
    expect(await fieldMessage(name)).toContain('A competency name cannot be empty');
    expect(await fieldMessage(added.getByLabel('Behavior 1', { exact: true }))).toContain(
      'A behavior text cannot be empty',
    );
    await checkAccessibility(page, 'framework editor with problems');
    expect((await frameworkNow()).version).toBe(0);

    await name.fill('Running effective meetings');
    await added.getByLabel('Description').fill('Meetings that end with decisions and owners.');
    await added
      .getByLabel('Why it matters')
      .fill('A team spends hours a week in meetings; good ones give time back.');
    await added
      .getByLabel('Reflection prompts')
      .fill('Which meeting could have been shorter?\nWho did not speak today?');
    const behaviors = [
      'send an agenda before the meeting',
      'start with the decision we need',
      'end with owners and dates',
      'cancel a meeting that has no purpose',
      'ask the quietest person first',
    ];
    for (const [index, text] of behaviors.entries()) {
      await added.getByLabel(`Behavior ${index + 1}`, { exact: true }).fill(text);
    }
    await added.getByRole('button', { name: 'Move up: “cancel a meeting that has no purpose”' }).click();
    await page.getByRole('button', { name: 'Save as version 1' }).click();
    await expectVisible(page.getByText('Saved as version 1.', { exact: false }));

    const saved = await frameworkNow();
    expect(saved.version).toBe(1);
    const savedListening = saved.framework.competencies.find((c) => c.key === 'listening-with-empathy');
    expect(saved.framework.competencies.indexOf(savedListening as never)).toBe(1);
    expect(savedListening?.behaviors[0]?.text).toBe('let people finish their thought before I respond');
    expect(savedListening?.behaviors.find((b) => b.key === 'invite-quiet-voices')?.retired).toBe(true);
    const meetings = saved.framework.competencies.at(-1);
    expect(meetings?.key).toBe('running-effective-meetings');
    expect(meetings?.behaviors.map((b) => b.text)).toEqual([
      'send an agenda before the meeting',
      'start with the decision we need',
      'cancel a meeting that has no purpose',
      'end with owners and dates',
      'ask the quietest person first',
    ]);

    // The history says what changed, in words.
    const history = page.getByRole('table', { name: /Saved versions/ });
    await expectVisible(history.getByRole('cell', { name: /Reworded behavior/ }));
    await expectVisible(history.getByRole('cell', { name: 'Ada Admin' }));
    await checkAccessibility(page, 'framework saved with history');
    await screenshot(page, 'framework-editor-saved');

    // The cycle started before the edit keeps the behavior as it was.
    await page.goto(`/cycles/${cycleId}`);
    await expectVisible(page.getByText('let people finish speaking before I respond', { exact: false }));
    expect(await page.getByText('finish their thought', { exact: false }).count()).toBe(0);
    await expectVisible(page.getByText('invite the quieter people in a meeting', { exact: false }));
    expect(pageProblems(page)).toEqual([]);
  });

  test('when another tab saves first, nothing typed is lost and it can be applied on top', {
    timeout: 180_000,
  }, async () => {
    const { context, page, api } = await signedUpLeader(env, 'Bea Admin');
    const workspaceId = (await api.get<{ workspaces: { id: string }[] }>('/api/workspaces')).workspaces[0]
      ?.id as string;
    const frameworkNow = () => api.get<ActiveFramework>(`/api/workspaces/${workspaceId}/framework`);
    const other = await context.newPage();
    await openEditor(page, workspaceId);
    await openEditor(other, workspaceId);

    // The other tab renames the framework and saves first.
    await other.getByLabel('Framework name').fill('Bea’s framework');
    await other.getByRole('button', { name: 'Save as version 1' }).click();
    await expectVisible(other.getByText('Saved as version 1.', { exact: false }));

    // This tab rewords a competency's description, still on top of version 0.
    const coaching = competencyCard(page, 'Coaching');
    await coaching.getByText('Edit Coaching').click();
    await coaching.getByLabel('Description').fill('Helping people find their own answers.');
    await page.getByRole('button', { name: 'Save as version 1' }).click();
    const conflict = page.getByRole('alert').filter({ hasText: 'saved version 1 while you were editing' });
    await expectVisible(conflict);
    await expectVisible(conflict.getByText('Renamed the framework to "Bea’s framework"', { exact: false }));
    expect(await coaching.getByLabel('Description').inputValue()).toBe(
      'Helping people find their own answers.',
    );
    expect(await conflict.evaluate((element) => element.contains(document.activeElement))).toBe(true);
    await checkAccessibility(page, 'framework editor conflict');
    expect(
      (await frameworkNow()).framework.competencies.find((c) => c.key === 'coaching')?.description,
    ).not.toBe('Helping people find their own answers.');

    await conflict.getByRole('button', { name: 'Apply my changes to version 1' }).click();
    await expectVisible(page.getByText('Your changes are now on top of version 1.', { exact: false }));
    expect(await page.getByLabel('Framework name').inputValue()).toBe('Bea’s framework');
    await page.getByRole('button', { name: 'Save as version 2' }).click();
    await expectVisible(page.getByText('Saved as version 2.', { exact: false }));

    const saved = await frameworkNow();
    expect(saved.version).toBe(2);
    expect(saved.framework.name).toBe('Bea’s framework');
    expect(saved.framework.competencies.find((c) => c.key === 'coaching')?.description).toBe(
      'Helping people find their own answers.',
    );

    // The editor on a phone: nothing sticks out sideways, and it passes the same checks.
    await page.setViewportSize(phoneViewport);
    await expectVisible(coaching.getByLabel('Description'));
    expect(await fitsViewportWidth(page)).toBe(true);
    await checkAccessibility(page, 'framework editor on a phone');
    expect(pageProblems(page)).toEqual([]);
    expect(pageProblems(other)).toEqual([]);
  });
});
