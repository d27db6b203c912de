import ICAL from 'ical.js';
import { describe, expect, test } from 'vitest';
import { checkAccessibility } from './support/accessibility';
import { signedUpLeader } from './support/accounts';
import { browserUnavailableReason } from './support/browser';
import { e2eEnvironmentForTests } from './support/e2e-environment';
import { expectPage, expectVisible } from './support/page-checks';
import { pageProblems } from './support/page-problems';

const unavailable = browserUnavailableReason();
if (unavailable) console.warn(unavailable);

describe.skipIf(unavailable !== undefined)('the calendar feed in the browser', () => {
  const env = e2eEnvironmentForTests();

  test('a leader makes a calendar link, a calendar app reads it, and a new link revokes the old', {
    timeout: 90_000,
  }, async () => {
    const { page } = await signedUpLeader(env, 'Cal Endar');
    await page.goto('/account/integrations');
    await expectPage(page, 'Calendar, chat and integrations');
    const section = page.getByRole('region', { name: 'Calendar' });
    await section.getByRole('button', { name: 'Make a calendar link' }).click();
    const shown = section.getByTestId('calendar-feed-url');
    await expectVisible(shown);
    const first = (await shown.textContent())?.trim() ?? '';
    expect(first).toMatch(/\/calendar\/ffc_[\w-]{43}\/feedforward\.ics$/);
    await checkAccessibility(page, 'calendar feed');

    // A calendar app: no cookie, just the URL.
    const fetched = await fetch(first);
    expect(fetched.headers.get('content-type')).toContain('text/calendar');
    const calendar = new ICAL.Component(ICAL.parse(await fetched.text()));
    expect(calendar.name).toBe('vcalendar');

    await page.reload();
    await section.getByRole('button', { name: 'Make a new link' }).click();
    const dialog = page.getByRole('dialog', { name: 'Make a new calendar link?' });
    await dialog.getByRole('button', { name: 'Make new link' }).click();
    await expectVisible(shown);
    const second = (await shown.textContent())?.trim() ?? '';
    expect(second).not.toBe(first);
    expect((await fetch(first)).status).toBe(404);
    expect((await fetch(second)).status).toBe(200);
    expect(pageProblems(page)).toEqual([]);
  });
});
