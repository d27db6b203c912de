import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { addDays } from '../../../src/shared/calendar';
import type { Api } from './api-client';
import { newListeningCycle } from './listening-cycle';

/** Sentences that claim a message went out, or will: none may show where no mail server is set up. */
const claimsOfMail = [
  /\bemailed (it |the \w+ |their own link )?to \d/i,
  /\b(was|were) emailed\b/i,
  /\bemailed the other\b/i,
  /on (its|their) way/i,
  /check your (email|inbox|spam)/i,
  /reminds the people/i,
  /emails a reminder/i,
  /recorded as sent/i,
  /thanked everyone/i,
  /next reminder/i,
  /no more daily reminders are sent/i,
  /email me my daily questions/i,
  /invitation sent to/i,
];

/** The words in the page's main content that claim a message went out, or will. */
export async function claimsOfMailOn(page: Page): Promise<string[]> {
  const text = (await page.locator('main').textContent()) ?? '';
  return claimsOfMail.flatMap((claim) => text.match(claim) ?? []);
}

/** Fails, quoting the sentence, when the page's main content claims mail that never went. */
export async function expectNoClaimOfMail(page: Page) {
  expect(await claimsOfMailOn(page), `on ${page.url()}`).toEqual([]);
}

export type Person = { name: string; email: string | null };

/**
 * Set-up through the API: a cycle with one behavior, these people asked in a listening round, and
 * the round's id (left open for the caller to look at, then close).
 */
export async function cycleWithRoundOf(api: Api, people: Person[]) {
  const { workspaceId, cycleId } = await newListeningCycle(api);
  const ids: string[] = [];
  for (const person of people) {
    const { stakeholder } = await api.post<{ stakeholder: { id: string } }>(
      `/api/workspaces/${workspaceId}/stakeholders`,
      { name: person.name, email: person.email, relationshipGroup: 'direct_report' },
    );
    ids.push(stakeholder.id);
  }
  await api.post(`/api/cycles/${cycleId}/commitments`, {
    situation: 'When someone brings me a problem in our one-to-one',
    action: 'I will ask what they have tried before I suggest anything',
    frequency: 'In every one-to-one',
    noticedBy: 'They will hear a question from me before any advice',
  });
  const opened = await api.post<{ roundId: string; emailed: number; links: unknown[] }>(
    `/api/cycles/${cycleId}/rounds`,
    {
      kind: 'listening',
      intro: 'I would value your suggestions on how I can listen better.',
      closesOn: addDays(new Date().toISOString().slice(0, 10), 7),
      stakeholderIds: ids,
    },
  );
  return { workspaceId, cycleId, ...opened };
}
