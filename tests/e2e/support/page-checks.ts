import type { Locator, Page } from 'playwright-core';

/** The smallest size, in CSS pixels each way, of anything a person taps (WCAG 2.5.5). */
export const minimumTarget = 44;

/** Waits until the main heading says `heading` and the tab is titled `title` (the heading unless told). */
export async function expectPage(page: Page, heading: string, title = heading): Promise<void> {
  await page.getByRole('heading', { level: 1, name: heading, exact: true }).waitFor();
  await page.waitForFunction((expected) => document.title === expected, `${title} · Feedforward`, {
    timeout: 5_000,
  });
}

export async function expectVisible(locator: Locator): Promise<void> {
  await locator.first().waitFor({ state: 'visible' });
}

/** The message shown beside an input, read through aria-describedby as a screen reader would. */
export async function fieldMessage(input: Locator): Promise<string> {
  const ids = (await input.getAttribute('aria-describedby')) ?? '';
  const page = input.page();
  const texts = await Promise.all(
    ids
      .split(' ')
      .filter(Boolean)
      .map((id) => page.locator(`[id="${id}"]`).textContent()),
  );
  return texts.join(' ');
}

/** True when nothing sticks out sideways, i.e. the page needs no horizontal scrolling. */
export async function fitsViewportWidth(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
}

/**
 * What a thumb has to hit inside <main>: a radio or checkbox is hit through its label, anything else
 * is hit itself. Returns each target narrower or shorter than 44 px, with its size, so a failure names
 * the culprit.
 */
export async function smallTouchTargets(page: Page): Promise<string[]> {
  const controls = page.locator('main').locator('input, textarea, select, button, summary, a[href]');
  const small: string[] = [];
  for (const control of await controls.all()) {
    const type = await control.getAttribute('type');
    const target: Locator =
      type === 'radio' || type === 'checkbox' ? control.locator('xpath=ancestor::label[1]') : control;
    const box = await target.boundingBox();
    if (!box) continue;
    if (box.width < minimumTarget || box.height < minimumTarget) {
      const name = (await target.textContent())?.trim().slice(0, 60) || (await control.getAttribute('name'));
      small.push(`${name}: ${Math.round(box.width)}×${Math.round(box.height)}`);
    }
  }
  return small;
}
