import type { Page } from 'playwright-core';

// Sentences that say a message went out by email, or will: each must be true in the configuration at hand.
const claimsOfSending = [
  /\bemailed\b/i,
  /\bon (?:its|their) way\b/i,
  /\b(?:was|were|been|is|are) sent\b/i,
  /\bsent (?:to|you)\b/i,
  /\bcheck your (?:email|inbox)\b/i,
  /\brecorded as sent\b/i,
  /\bFeedforward (?:reminds|will remind|emails|will email|sends|will send)\b/i,
];

/** The sentences on the page (visible text) that say a message was or will be sent by email. */
export async function mailClaimsOn(page: Page): Promise<string[]> {
  // biome-ignore lint/performance/useDomNodeTextContent: what a person reads, with line breaks between blocks
  const text = await page.locator('body').innerText();
  return text
    .split(/(?<=[.!?])\s+|\n+/)
    .map((sentence) => sentence.trim())
    .filter((sentence) => claimsOfSending.some((claim) => claim.test(sentence)));
}
