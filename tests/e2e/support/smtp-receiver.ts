import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { parseMail, type ReceivedMail } from './mail-message';

export type SmtpReceiver = {
  port: number;
  /** Every message received so far, oldest first. */
  messages: ReceivedMail[];
  /**
   * Resolves with the oldest message to `to` whose subject matches that no earlier call returned, so
   * two resets in a row give two different messages. Rejects after `timeoutMs` listing what did arrive.
   */
  waitForMessage: (
    to: string,
    subject: string | RegExp,
    options?: { timeoutMs?: number },
  ) => Promise<ReceivedMail>;
  stop: () => Promise<void>;
};

/** A real SMTP server on a free loopback port that keeps what Feedforward sends, for tests to read. */
export async function startSmtpReceiver(): Promise<SmtpReceiver> {
  const messages: ReceivedMail[] = [];
  const claimed = new Set<ReceivedMail>();
  const waiters = new Set<() => void>();

  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const envelopeTo = session.envelope.rcptTo.map((recipient) => recipient.address.toLowerCase());
        messages.push(parseMail(Buffer.concat(chunks).toString('utf8'), envelopeTo));
        for (const wake of waiters) wake();
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;

  function findUnclaimed(to: string, subject: string | RegExp) {
    const address = to.toLowerCase();
    return messages.find(
      (message) =>
        !claimed.has(message) &&
        message.to.includes(address) &&
        (typeof subject === 'string' ? message.subject.includes(subject) : subject.test(message.subject)),
    );
  }

  function waitForMessage(to: string, subject: string | RegExp, { timeoutMs = 10_000 } = {}) {
    return new Promise<ReceivedMail>((resolve, reject) => {
      const check = () => {
        const found = findUnclaimed(to, subject);
        if (!found) return false;
        claimed.add(found);
        waiters.delete(check);
        clearTimeout(timer);
        resolve(found);
        return true;
      };
      const timer = setTimeout(() => {
        waiters.delete(check);
        const seen = messages.map((message) => `  ${message.to.join(', ')}: ${message.subject}`).join('\n');
        reject(
          new Error(
            `No mail to ${to} matching ${subject} within ${timeoutMs} ms. Received:\n${seen || '  (none)'}`,
          ),
        );
      }, timeoutMs);
      if (!check()) waiters.add(check);
    });
  }

  return {
    port,
    messages,
    waitForMessage,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
