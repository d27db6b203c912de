import type { MailRepository } from './mail.repository';

/**
 * The messages held for whoever runs the server (no SMTP_URL): those outside any workspace, i.e.
 * password resets, which no admin may read in the app. Printed by `npm run outbox`.
 */
export async function heldForOperator(mail: MailRepository, limit = 20): Promise<string> {
  const held = (await mail.listWithoutWorkspace(limit)).filter((message) => message.status === 'held');
  if (held.length === 0) return 'No messages are held outside a workspace.\n';
  return held
    .map((message) =>
      [
        `To: ${message.to_address}`,
        `Subject: ${message.subject}`,
        `Held since: ${message.created_at}`,
        '',
        message.text_body,
        '',
        '---',
        '',
      ].join('\n'),
    )
    .join('');
}
