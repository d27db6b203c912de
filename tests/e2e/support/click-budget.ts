import type { Locator } from 'playwright-core';

/**
 * Every click, check, choice and submit of a walk goes through here and is counted; typing is not,
 * since the budget measures how many decisions and detours a person meets, not how much they write.
 */
export function clickCounter() {
  let clicks = 0;
  return {
    click: async (target: Locator) => {
      clicks++;
      await target.click();
    },
    check: async (target: Locator) => {
      clicks++;
      await target.check();
    },
    uncheck: async (target: Locator) => {
      clicks++;
      await target.uncheck();
    },
    choose: async (select: Locator, value: string) => {
      clicks++;
      await select.selectOption(value);
    },
    /** Presses Enter in a filled field to submit its form. */
    submitWithEnter: async (field: Locator) => {
      clicks++;
      await field.press('Enter');
    },
    get count() {
      return clicks;
    },
  };
}
