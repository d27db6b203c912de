/**
 * Addresses that reach one inbox. A leader who could add `lee+a@…`, `lee+b@…` and `l.ee@gmail.com`
 * beside one real person would answer for everyone but that person and isolate their answer, so
 * the list may hold each inbox once and never the leader's own.
 */

// Gmail ignores dots in the local part and delivers googlemail.com to the same inbox.
const gmailDomains = new Set(['gmail.com', 'googlemail.com']);

/** The inbox an address reaches, as far as its text tells: case, a +tag and Gmail's dots removed. */
export function inboxOf(email: string): string {
  const text = email.trim().toLowerCase();
  const at = text.lastIndexOf('@');
  if (at < 0) return text;
  const domain = text.slice(at + 1);
  let local = text.slice(0, at);
  const plus = local.indexOf('+');
  if (plus > 0) local = local.slice(0, plus);
  if (gmailDomains.has(domain)) return `${local.replaceAll('.', '')}@gmail.com`;
  return `${local}@${domain}`;
}

/** `Ada+x@Example.com` and `ada@example.com` are twins: mail to either lands in one inbox. */
export function areTwins(first: string, second: string): boolean {
  return inboxOf(first) === inboxOf(second);
}

export type TwinProblem = { reason: 'own_address' | 'already_listed' | 'twin'; message: string };

/** Why a leader may not ask this address, or null when it is someone else's inbox not yet listed. */
export function twinProblem(
  email: string,
  { leaderEmail, listedEmails }: { leaderEmail: string; listedEmails: readonly string[] },
): TwinProblem | null {
  if (areTwins(email, leaderEmail)) {
    return {
      reason: 'own_address',
      message: `${email} is your own address (or another way to write it); stakeholders are other people`,
    };
  }
  const twin = listedEmails.find((listed) => areTwins(email, listed));
  if (twin === undefined) return null;
  return twin === email
    ? { reason: 'already_listed', message: `${email} is already in your stakeholders` }
    : {
        reason: 'twin',
        message: `${email} reaches the same inbox as ${twin}, who is already in your stakeholders`,
      };
}
