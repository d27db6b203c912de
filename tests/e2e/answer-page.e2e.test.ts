import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { addDays } from '../../src/shared/calendar';
import { checkAccessibility } from './support/accessibility';
import { signedUpLeader } from './support/accounts';
import { browserUnavailableReason, phoneViewport } from './support/browser';
import { type E2eEnvironment, e2eEnvironmentForTests } from './support/e2e-environment';
import { newListeningCycle } from './support/listening-cycle';
import { linkIn } from './support/mail-message';
import { expectPage, fitsViewportWidth, minimumTarget, smallTouchTargets } from './support/page-checks';
import { pageProblems } from './support/page-problems';
import { screenshot } from './support/screenshots';

const unavailable = browserUnavailableReason();
if (unavailable) console.warn(unavailable);

const unique = Date.now().toString(36);
const people = [
  { name: 'Mo Manager', email: `mo.${unique}@example.com`, relationshipGroup: 'manager' },
  { name: 'Pia Peer', email: `pia.${unique}@example.com`, relationshipGroup: 'peer' },
  { name: 'Pete Peer', email: `pete.${unique}@example.com`, relationshipGroup: 'peer' },
];
// The intro the round form suggests, as long as a leader's usually is.
const intro =
  "I'm working on listening with empathy and would value your honest, future-focused suggestions. " +
  'It takes about three minutes. Thank you for helping me grow.';

async function openPhoneAnswerPage(env: E2eEnvironment, email: string): Promise<Page> {
  const mail = await env.mail.waitForMessage(email, 'Ada Leader would value your feedforward');
  const { page } = await env.newVisitor({ viewport: phoneViewport, isMobile: true, hasTouch: true });
  await page.goto(linkIn(mail, '/a/'));
  await expectPage(page, 'Your ideas for Ada Leader', 'Suggestions for Ada Leader');
  return page;
}

describe.skipIf(unavailable !== undefined)('the answer page on a phone', () => {
  const env = e2eEnvironmentForTests();

  test('the first question is on the first screen and every answer control is at least 44 px square', {
    timeout: 90_000,
  }, async () => {
    const { api } = await signedUpLeader(env, 'Ada Leader');
    const { workspaceId, cycleId } = await newListeningCycle(api);
    const ids: string[] = [];
    for (const person of people) {
      const { stakeholder } = await api.post<{ stakeholder: { id: string } }>(
        `/api/workspaces/${workspaceId}/stakeholders`,
        person,
      );
      ids.push(stakeholder.id);
    }
    await api.post(`/api/cycles/${cycleId}/rounds`, {
      kind: 'listening',
      intro,
      closesOn: addDays(new Date().toISOString().slice(0, 10), 7),
      stakeholderIds: ids,
    });

    const page = await openPhoneAnswerPage(env, people[1]?.email as string);
    // The time it promises comes from the questions asked: six ratings and three texts.
    await page.getByText('About three minutes').first().waitFor();
    expect(await page.getByRole('heading', { name: /feedforward/i }).count()).toBe(0);
    await screenshot(page, 'stakeholder-form-phone');
    const first = page.getByLabel('How do you experience working with Ada Leader?');
    const firstBox = await first.boundingBox();
    expect(firstBox, 'the first question has a box').not.toBeNull();
    // Its label and the top of its text box show without scrolling.
    expect((firstBox?.y ?? Number.POSITIVE_INFINITY) + minimumTarget).toBeLessThanOrEqual(
      phoneViewport.height,
    );
    // Nothing of the introduction is lost: the ground rules and the promise are one tap away.
    await page.getByText('Let go of the past.').waitFor({ state: 'attached' });
    await page
      .getByText(/sees only combined results from at least/)
      .first()
      .waitFor();
    await page.getByText(/^Four ground rules:/).click();
    await page.getByText('Let go of the past.').waitFor();
    expect(await smallTouchTargets(page)).toEqual([]);
    expect(await fitsViewportWidth(page)).toBe(true);
    await checkAccessibility(page, 'answer page on a phone');
    expect(pageProblems(page)).toEqual([]);

    // The manager also sees the choice to be named; its checkbox is as easy to hit.
    const managerPage = await openPhoneAnswerPage(env, people[0]?.email as string);
    await managerPage.getByRole('checkbox', { name: /Show my answers to Ada Leader with my name/ }).waitFor();
    expect(await smallTouchTargets(managerPage)).toEqual([]);
    await checkAccessibility(managerPage, 'answer page for a manager on a phone');
    expect(pageProblems(managerPage)).toEqual([]);
  });

  test('a person checks an answer for details that give them away, on the phone only, and takes the version without them', {
    timeout: 90_000,
  }, async () => {
    const { api } = await signedUpLeader(env, 'Ada Leader');
    const { workspaceId, cycleId } = await newListeningCycle(api);
    const ids: string[] = [];
    for (const person of people) {
      const { stakeholder } = await api.post<{ stakeholder: { id: string } }>(
        `/api/workspaces/${workspaceId}/stakeholders`,
        { ...person, email: `check.${person.email}` },
      );
      ids.push(stakeholder.id);
    }
    await api.post(`/api/cycles/${cycleId}/rounds`, {
      kind: 'listening',
      intro,
      closesOn: addDays(new Date().toISOString().slice(0, 10), 7),
      stakeholderIds: ids,
    });

    const page = await openPhoneAnswerPage(env, `check.${people[2]?.email}`);
    const answer = page.getByLabel('How do you experience working with Ada Leader?');
    await answer.fill('As the only designer on the team, I often find out about changes last.');
    // The check runs in the browser: nothing holding the answer leaves the page for it.
    const sent: string[] = [];
    page.on('request', (request) => {
      if ((request.postData() ?? '').includes('only designer')) sent.push(request.url());
    });
    await page.getByRole('button', { name: 'Check my answer for details that identify me' }).first().click();
    await page.getByText('These details could tell Ada Leader who wrote this').waitFor();
    await page.getByText('“As the only designer on the team”').waitFor();
    await page.getByText('“I often find out about changes last.”').waitFor();
    expect(await smallTouchTargets(page)).toEqual([]);
    await checkAccessibility(page, 'answer page with details that identify the writer');
    await page.getByRole('button', { name: 'Use this version' }).click();
    expect(await answer.inputValue()).toBe('I often find out about changes last.');
    // The result belonged to the checked text, so it goes with it.
    expect(await page.getByText('These details could tell Ada Leader who wrote this').count()).toBe(0);
    expect(sent).toEqual([]);
    expect(pageProblems(page)).toEqual([]);
  });
});
