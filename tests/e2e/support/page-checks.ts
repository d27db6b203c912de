import type { Locator, Page } from 'playwright-core';

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
