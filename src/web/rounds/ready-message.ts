// i18n: not yet translated
import type { RelationshipGroup } from '../../shared/questions';
import type { InvitationLink, LinksToHandOut } from '../../shared/rounds';
import { formatDay } from '../cycles/day';

export type ReadyMessage = { subject: string; text: string };

const groupPhrases: Record<RelationshipGroup, string> = {
  direct_report: 'on my team',
  peer: 'among my peers',
  manager: 'among my managers',
  other: 'in your group',
};

const firstName = (name: string) => name.trim().split(/\s+/)[0] ?? name;

/**
 * The message a leader sends by hand, in their own voice: a greeting, the group's link, the closing
 * date, how long it takes, and the promise of anonymity, including what a shared link means.
 */
export function readyMessage(
  round: Omit<LinksToHandOut, 'roundId' | 'links'>,
  person: InvitationLink,
  groupSize: number,
): ReadyMessage {
  const shared =
    groupSize > 1
      ? `I sent this same link to everyone ${groupPhrases[person.relationshipGroup]} I asked, so it does not say who you are. `
      : '';
  return {
    subject: 'Would you give me some anonymous feedforward?',
    text: [
      `Hi ${firstName(person.name)},`,
      '',
      `I'm asking a few people I work with for honest, future-focused suggestions, through Feedforward. ` +
        `It takes ${round.answeringTime.toLowerCase()}, needs no account, and is open until ${formatDay(round.closesOn)}.`,
      '',
      person.url,
      '',
      `Your answers are anonymous. ${shared}I will see only how many people answered, never who, and the ` +
        `answers only combined with at least ${round.anonymityK} people's, after the round closes. Please answer once.`,
      '',
      'Thank you,',
      firstName(round.leaderName),
    ].join('\n'),
  };
}

/** Every person's message, keyed by their id, knowing how many share each group's link. */
export function readyMessages(handOut: Omit<LinksToHandOut, 'roundId'>): Map<string, ReadyMessage> {
  const sizes = new Map<string, number>();
  for (const link of handOut.links) sizes.set(link.url, (sizes.get(link.url) ?? 0) + 1);
  return new Map(
    handOut.links.map((link) => [link.stakeholderId, readyMessage(handOut, link, sizes.get(link.url) ?? 1)]),
  );
}

/** "Copy all": each message headed by whom it is for, one after the other. */
export function allMessagesAsList(handOut: Omit<LinksToHandOut, 'roundId'>): string {
  const messages = readyMessages(handOut);
  return handOut.links
    .map((link) => {
      const to = link.email ? `${link.name} <${link.email}>` : link.name;
      return `To: ${to}\n\n${messages.get(link.stakeholderId)?.text ?? ''}`;
    })
    .join('\n\n----------\n\n');
}

/** Opens the leader's own mail program with the message filled in (RFC 6068 wants CRLF line ends). */
export function mailtoHref(email: string, message: ReadyMessage): string {
  const encode = (text: string) => encodeURIComponent(text.replaceAll('\n', '\r\n'));
  const address = email.split('@').map(encodeURIComponent).join('@');
  return `mailto:${address}?subject=${encode(message.subject)}&body=${encode(message.text)}`;
}
