import type { Delivery } from '../../../shared/mail';

type Person = { name: string; email: string | null };

/**
 * Splits the people a leader asked into those Feedforward emails and those the leader tells
 * themselves. Without a mail server nobody is emailed, whatever addresses are on file.
 */
export function planDelivery<P extends Person>(people: P[], mailServer: boolean) {
  const byEmail = mailServer ? people.filter((person) => person.email) : [];
  const byHand = people.filter((person) => !byEmail.includes(person));
  const delivery: Delivery = { emailed: byEmail.length, byHand: byHand.map((p) => p.name), mailServer };
  return { byEmail, delivery };
}

/**
 * What became of a message sent earlier, read back from how many were emailed: none emailed means
 * everyone was left to the leader; otherwise those without an address were.
 */
export function deliveryAfterwards(people: Person[], emailed: number, mailServerNow: boolean): Delivery {
  const byHand = emailed === 0 ? people : people.filter((person) => !person.email);
  // Anything emailed proves a mail server then; otherwise today's setting is the best account.
  return { emailed, byHand: byHand.map((person) => person.name), mailServer: emailed > 0 || mailServerNow };
}
