import type { TestApp } from '../support/test-app';
import { testBaseUrl } from '../support/test-app';

/**
 * SMTP on, but a server that never answers: every message stays in the outbox, so a test reads
 * exactly what was mailed to whom, as the receiving mailboxes would.
 */
export const unreachableSmtp = { SMTP_URL: 'smtp://127.0.0.1:1' };

type Mail = { to_address: string; subject: string; text_body: string };

/** Everything mailed so far, oldest first by the order it was queued in. */
export async function mailbox(testApp: TestApp): Promise<Mail[]> {
  return testApp.database.db
    .selectFrom('outbox')
    .select(['to_address', 'subject', 'text_body'])
    .orderBy('created_at')
    .execute();
}

/** The answer links mailed to one address (the invitation, then each reminder). */
export async function linksMailedTo(testApp: TestApp, address: string): Promise<string[]> {
  return (await mailbox(testApp))
    .filter((mail) => mail.to_address === address)
    .flatMap((mail) => mail.text_body.match(/\/a\/[\w-]+/g) ?? [])
    .map((path) => `${testBaseUrl}${path}`);
}

export async function firstLinkMailedTo(testApp: TestApp, address: string): Promise<string> {
  const [link] = await linksMailedTo(testApp, address);
  if (!link) throw new Error(`nothing with a link was mailed to ${address}`);
  return link;
}

/** Runs every job due at this moment (reminders, then the mail they queue). */
export async function runJobsAt(testApp: TestApp, clock: { set: (iso: string) => void }, iso: string) {
  clock.set(iso);
  for (let tick = 0; tick < 3; tick++) await testApp.jobRunner.tick();
}

/** The two reminder moments of a round opened 2026-12-01 09:00 that closes 2026-12-10. */
export const firstReminderRuns = '2026-12-05T00:00:00Z';
export const secondReminderRuns = '2026-12-09T00:00:00Z';
