import type { RelationshipGroup } from '../../shared/questions';
import type { InvitationLink, LinksToHandOut } from '../../shared/rounds';
import { formatDayIn } from '../cycles/day';
import { type HandOutKey, handOutText } from './hand-out-text';
import { roundsText } from './rounds-text';

export type ReadyMessage = { subject: string; text: string };

const sharedLinkKeys = {
  direct_report: 'shared.directReport',
  peer: 'shared.peer',
  manager: 'shared.manager',
  other: 'shared.other',
} as const satisfies Record<RelationshipGroup, HandOutKey>;

const firstName = (name: string) => name.trim().split(/\s+/)[0] ?? name;

/**
 * The message a leader sends by hand, in their own voice: a greeting, the group's link, the closing
 * date, how long it takes, and the promise of anonymity, including what a shared link means. Written
 * in the round's language, as Feedforward's own mails are: without a mail server it is the invitation.
 */
export function readyMessage(
  round: Omit<LinksToHandOut, 'roundId' | 'links'>,
  person: InvitationLink,
  groupSize: number,
): ReadyMessage {
  const k = round.anonymityK;
  const t = handOutText(round.language);
  return {
    subject: t('subject'),
    text: [
      t('greeting', { name: firstName(person.name) }),
      '',
      t('asking', { minutes: round.minutesToAnswer, day: formatDayIn(round.closesOn, round.language) }),
      '',
      person.url,
      '',
      groupSize > 1 ? t(sharedLinkKeys[person.relationshipGroup], { k }) : t('anonymous', { k }),
      '',
      t('thanks'),
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
      return `${roundsText('ready.to', { to })}\n\n${messages.get(link.stakeholderId)?.text ?? ''}`;
    })
    .join('\n\n----------\n\n');
}

/** Opens the leader's own mail program with the message filled in (RFC 6068 wants CRLF line ends). */
export function mailtoHref(email: string, message: ReadyMessage): string {
  const encode = (text: string) => encodeURIComponent(text.replaceAll('\n', '\r\n'));
  const address = email.split('@').map(encodeURIComponent).join('@');
  return `mailto:${address}?subject=${encode(message.subject)}&body=${encode(message.text)}`;
}
