import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults } from 'axe-core';
import type { Page } from 'playwright-core';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

type Violation = { id: string; impact: string; help: string; helpUrl: string; targets: string[] };

/**
 * Runs axe-core on the page and fails on any violation, minor and moderate ones included (a duplicate
 * landmark name is only "moderate" but still confuses a screen-reader user), listing each rule and the
 * elements involved. The script goes in through page.evaluate, which the page's CSP
 * (script-src 'self') does not govern, so the app is checked under its real policy.
 *
 * Under reduced motion every change still transitions for 1 ms (adaptations.css), and a busy headless
 * browser can sample colours mid-way; two animation frames let a just-changed step settle before axe.
 */
export async function checkAccessibility(page: Page, label = page.url()): Promise<void> {
  await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
  );
  const hasAxe = await page.evaluate(() => 'axe' in window);
  if (!hasAxe) await page.evaluate(axeSource);
  const violations: Violation[] = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document) => Promise<AxeResults> } }).axe;
    const results = await axe.run(document);
    return results.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact ?? '',
      help: violation.help,
      helpUrl: violation.helpUrl,
      targets: violation.nodes.map((node) => node.target.join(' ')),
    }));
  });
  if (violations.length === 0) return;
  const listing = violations
    .map((v) => `- [${v.impact}] ${v.id}: ${v.help}\n    ${v.targets.join('\n    ')}\n    ${v.helpUrl}`)
    .join('\n');
  throw new Error(`Accessibility violations on ${label}:\n${listing}`);
}
