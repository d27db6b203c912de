import { readFile } from 'node:fs/promises';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import type { FrameworkFile } from '../../src/shared/framework';
import type { Stakeholder } from '../../src/shared/stakeholders';
import { checkAccessibility } from './support/accessibility';
import { signedUpLeader } from './support/accounts';
import { browserUnavailableReason, phoneViewport } from './support/browser';
import { e2eEnvironmentForTests } from './support/e2e-environment';
import { expectPage, expectVisible, fieldMessage, fitsViewportWidth } from './support/page-checks';
import { pageProblems } from './support/page-problems';
import { screenshot } from './support/screenshots';

const unavailable = browserUnavailableReason();
if (unavailable) console.warn(unavailable);

/** The workspace id from an address such as /workspaces/<id>/stakeholders. */
function workspaceIdOf(page: Page): string {
  const id = new URL(page.url()).pathname.split('/')[2];
  if (!id) throw new Error(`No workspace in ${page.url()}`);
  return id;
}

async function apiGet<T>(context: BrowserContext, baseUrl: string, path: string): Promise<T> {
  const response = await context.request.get(`${baseUrl}${path}`);
  expect(response.status()).toBe(200);
  return (await response.json()) as T;
}

const jsonFile = (name: string, content: unknown) => ({
  name,
  mimeType: 'application/json',
  buffer: Buffer.from(JSON.stringify(content, null, 2)),
});

describe.skipIf(unavailable !== undefined)('stakeholders and the competency framework in the browser', () => {
  const env = e2eEnvironmentForTests();

  test('a leader adds stakeholders one by one and from a pasted list, edits one and removes one', {
    timeout: 90_000,
  }, async () => {
    const { context, page } = await signedUpLeader(env, 'Lea Leader');
    const stakeholdersNow = async () =>
      (
        await apiGet<{ stakeholders: Stakeholder[] }>(
          context,
          env.baseUrl,
          `/api/workspaces/${workspaceIdOf(page)}/stakeholders`,
        )
      ).stakeholders;

    await page.goto('/');
    await page.getByRole('link', { name: /Lea Leader's workspace/ }).click();
    await expectPage(page, "Lea Leader's workspace");
    await page.getByRole('link', { name: 'Manage your stakeholders' }).click();
    await expectPage(page, 'Stakeholders');
    await expectVisible(page.getByText('No stakeholders yet'));
    await expectVisible(page.getByText(/answer anonymously/));
    await checkAccessibility(page, 'stakeholders, empty');

    // One by one, with the shared schema's messages beside the inputs.
    const name = page.getByLabel('Name', { exact: true });
    const email = page.getByLabel('Email (optional)');
    const group = page.getByLabel('Who they are to you');
    await page.getByRole('button', { name: 'Add stakeholder' }).click();
    await expectVisible(page.getByText('Name is required'));
    expect(await name.getAttribute('aria-invalid')).toBe('true');
    expect(await fieldMessage(group)).toContain('Choose who this person is to you');
    expect(await name.evaluate((input) => input === document.activeElement)).toBe(true);
    await checkAccessibility(page, 'add stakeholder with errors');

    await name.fill('Ada Lovelace');
    await email.fill('ada@example.com');
    await group.selectOption('peer');
    await page.getByRole('button', { name: 'Add stakeholder' }).click();
    await expectVisible(page.getByText('Ada Lovelace was added.'));
    await expectVisible(page.getByRole('list', { name: 'Peers' }).getByText('Ada Lovelace'));
    expect(await name.inputValue()).toBe('');

    await name.fill('Grace Hopper');
    await group.selectOption('manager');
    await page.getByRole('button', { name: 'Add stakeholder' }).click();
    await expectVisible(page.getByText('Grace Hopper was added.'));
    await expectVisible(page.getByRole('list', { name: 'Managers' }).getByText('Grace Hopper'));

    await name.fill('Ada Again');
    await email.fill('ADA@example.com');
    await group.selectOption('other');
    await page.getByRole('button', { name: 'Add stakeholder' }).click();
    await expectVisible(page.getByText('ada@example.com is already in your stakeholders.'));
    expect(await email.getAttribute('aria-invalid')).toBe('true');
    await name.fill('');
    await email.fill('');

    // A pasted list is checked first; the bad line is reported and never saved.
    const list = page.getByLabel('People to add');
    await list.fill(
      [
        'Alan Turing <alan@example.com>, direct report',
        'Katherine Johnson, peer',
        'Bob who has no relationship',
        'Margaret Hamilton <margaret@example.com>, report',
      ].join('\n'),
    );
    await page.getByRole('button', { name: 'Check list' }).click();
    await expectVisible(page.getByRole('heading', { name: 'Ready to add 3 people' }));
    const toAdd = page.getByRole('list', { name: 'People to add' });
    expect(await toAdd.getByRole('listitem').count()).toBe(3);
    const problems = page.getByRole('list', { name: 'Lines with a problem' });
    await expectVisible(problems.getByText('Line 3:'));
    await expectVisible(problems.getByText('Add who this person is to you after a comma'));
    expect(await stakeholdersNow()).toHaveLength(2);
    await checkAccessibility(page, 'pasted list checked');
    await screenshot(page, 'stakeholders-list-checked');

    await page.getByRole('button', { name: 'Add 3 people' }).click();
    await expectVisible(page.getByText('Added 3 people to your stakeholders.'));
    await expectVisible(page.getByRole('list', { name: 'Lines not added' }).getByText('Line 1:'));
    expect(await list.inputValue()).toBe('Bob who has no relationship');
    await expectVisible(page.getByRole('list', { name: 'Direct reports' }).getByText('Margaret Hamilton'));
    const saved = await stakeholdersNow();
    expect(saved.map((person) => person.name).sort()).toEqual([
      'Ada Lovelace',
      'Alan Turing',
      'Grace Hopper',
      'Katherine Johnson',
      'Margaret Hamilton',
    ]);

    // Editing in place; the row moves to its new group and keeps the focus.
    await page.getByRole('button', { name: 'Edit Grace Hopper' }).click();
    const editForm = page.getByRole('form', { name: 'Edit Grace Hopper' });
    await editForm.getByLabel('Name', { exact: true }).fill('Grace B. Hopper');
    await editForm.getByLabel('Email (optional)').fill('grace@example.com');
    await editForm.getByLabel('Who they are to you').selectOption('other');
    await checkAccessibility(page, 'editing a stakeholder');
    await screenshot(page, 'stakeholders-editing');
    await editForm.getByRole('button', { name: 'Save changes' }).click();
    await expectVisible(page.getByText('Your changes to Grace B. Hopper are saved.'));
    await expectVisible(page.getByRole('list', { name: 'Others' }).getByText('grace@example.com'));
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label')))
      .toBe('Edit Grace B. Hopper');
    expect(await page.getByRole('list', { name: 'Managers' }).count()).toBe(0);

    // Removing asks first, and says answers already given stay.
    await page.getByRole('button', { name: 'Remove Katherine Johnson' }).click();
    const dialog = page.getByRole('dialog', { name: 'Remove Katherine Johnson?' });
    await expectVisible(dialog.getByText('never removes answers they already gave'));
    await checkAccessibility(page, 'confirm removing a stakeholder');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect(await stakeholdersNow()).toHaveLength(5);
    await page.getByRole('button', { name: 'Remove Katherine Johnson' }).click();
    await dialog.getByRole('button', { name: 'Remove Katherine Johnson' }).click();
    await expectVisible(page.getByText('Katherine Johnson was removed from your stakeholders.'));
    await page
      .getByRole('list', { name: 'Peers' })
      .getByText('Katherine Johnson')
      .waitFor({ state: 'detached' });
    expect((await stakeholdersNow()).map((person) => person.name)).not.toContain('Katherine Johnson');
    await checkAccessibility(page, 'stakeholders, filled');
    await screenshot(page, 'stakeholders');

    await page.setViewportSize(phoneViewport);
    await page.reload();
    await expectPage(page, 'Stakeholders');
    expect(await fitsViewportWidth(page)).toBe(true);
    await checkAccessibility(page, 'stakeholders on a phone');
    await screenshot(page, 'stakeholders-phone');
    expect(pageProblems(page)).toEqual([]);
  });

  test('an admin exports the framework, sees every problem in an edited file, imports a fixed one and resets', {
    timeout: 90_000,
  }, async () => {
    const { context, page } = await signedUpLeader(env, 'Fran Admin');
    const frameworkNow = async () =>
      apiGet<{ framework: FrameworkFile; isDefault: boolean }>(
        context,
        env.baseUrl,
        `/api/workspaces/${workspaceIdOf(page)}/framework`,
      );

    await page.goto('/');
    await page.getByLabel('Organization name').fill('Framework Co');
    await page.getByRole('button', { name: 'Create organization' }).click();
    await expectPage(page, 'Framework Co');
    // An organization's creator is its admin but not a leader, so has no stakeholders of their own.
    expect(await page.getByRole('link', { name: 'Manage your stakeholders' }).count()).toBe(0);
    await page.goto(`/workspaces/${workspaceIdOf(page)}/stakeholders`);
    await expectPage(page, 'Stakeholders');
    await expectVisible(page.getByText('You are not a leader in this workspace'));
    await checkAccessibility(page, 'stakeholders for someone who is not a leader');
    await page.getByRole('link', { name: 'Back to Framework Co' }).click();
    await expectPage(page, 'Framework Co');
    await page.getByRole('link', { name: 'View and edit the framework' }).click();
    await expectPage(page, 'Competency framework');
    await expectVisible(page.getByRole('heading', { name: 'Listening with empathy' }));
    await expectVisible(page.getByText('never changes cycles already under way'));
    await page
      .getByText(/^Why it matters, \d prompts and \d behaviors$/)
      .first()
      .click();
    await expectVisible(page.getByText('let people finish speaking', { exact: false }));
    await checkAccessibility(page, 'framework, default');
    await screenshot(page, 'framework');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export as JSON' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('feedforward-starter-framework-for-new-managers.json');
    const exported = JSON.parse(await readFile(await download.path(), 'utf8')) as FrameworkFile;
    expect(exported).toEqual((await frameworkNow()).framework);
    expect(exported.version).toBe(1);
    await expectVisible(page.getByText(`Downloaded ${download.suggestedFilename()}.`));

    // A file with problems: each is listed at its path, and nothing is uploaded or changed.
    const [first, second, third] = exported.competencies;
    if (!first || !second || !third) throw new Error('The default framework has at least three competencies');
    const broken = {
      ...exported,
      competencies: [
        { ...first, name: 'Listening deeply' },
        { ...second, behaviors: second.behaviors.slice(0, 2) },
        { ...third, behaviors: [{ key: 'Agree Outcomes', text: 'agree outcomes' }, ...third.behaviors] },
        ...exported.competencies.slice(3),
      ],
    };
    const fileInput = page.getByLabel('Framework file (.json)');
    await fileInput.setInputFiles(jsonFile('edited.json', broken));
    const report = page.getByRole('list', { name: 'Problems in the file' });
    await expectVisible(page.getByText('edited.json cannot be imported'));
    await expectVisible(report.getByText('competencies.1.behaviors'));
    await expectVisible(report.getByText('Each competency needs at least 5 behaviors'));
    await expectVisible(report.getByText(`in “${second.name}”`));
    await expectVisible(report.getByText('competencies.2.behaviors.0.key'));
    await expectVisible(report.getByText(/A behavior key must use lowercase letters/));
    await expectVisible(page.getByText('Fix these 2 problems in the file'));
    expect(await page.getByRole('button', { name: 'Import framework' }).count()).toBe(0);
    expect((await frameworkNow()).isDefault).toBe(true);
    await expectVisible(page.getByRole('heading', { name: 'Listening with empathy' }));
    await checkAccessibility(page, 'framework file with problems');
    await screenshot(page, 'framework-import-problems');

    const fixed = {
      ...broken,
      name: 'Framework Co leadership',
      competencies: [broken.competencies[0], second],
    };
    await fileInput.setInputFiles(jsonFile('edited.json', fixed));
    await expectVisible(page.getByText(/is ready to import: “Framework Co leadership”, with 2 competencies/));
    await page.getByRole('button', { name: 'Import framework' }).click();
    await expectVisible(page.getByText('Imported “Framework Co leadership”.'));
    await expectVisible(page.getByRole('heading', { name: 'Listening deeply' }));
    expect(await page.getByRole('heading', { name: 'Listening with empathy' }).count()).toBe(0);
    const imported = await frameworkNow();
    expect(imported.isDefault).toBe(false);
    expect(imported.framework.competencies.map((competency) => competency.name)).toEqual([
      'Listening deeply',
      second.name,
    ]);
    await checkAccessibility(page, 'framework imported');
    await screenshot(page, 'framework-imported');

    await page.getByRole('button', { name: 'Reset to the default framework' }).click();
    const dialog = page.getByRole('dialog', { name: 'Reset to the default framework?' });
    await expectVisible(dialog.getByText('“Framework Co leadership” will be replaced'));
    await checkAccessibility(page, 'confirm resetting the framework');
    await dialog.getByRole('button', { name: 'Reset framework' }).click();
    await expectVisible(page.getByText('This workspace uses the default framework again.'));
    await expectVisible(page.getByRole('heading', { name: 'Listening with empathy' }));
    expect((await frameworkNow()).isDefault).toBe(true);
    expect(await page.getByRole('button', { name: 'Reset to the default framework' }).count()).toBe(0);

    await page.setViewportSize(phoneViewport);
    await page.reload();
    await expectPage(page, 'Competency framework');
    expect(await fitsViewportWidth(page)).toBe(true);
    await checkAccessibility(page, 'framework on a phone');
    expect(pageProblems(page)).toEqual([]);
  });
});
