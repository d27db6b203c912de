import type { Transporter } from 'nodemailer';
import { z } from 'zod';
import type { Clock } from '../../../shared/calendar';
import { readStored } from '../../db/stored-json';
import type { Logger } from '../../logger';
import { newId } from '../../security/tokens';
import type { JobsRepository } from '../jobs';
import { JobPostponed } from '../jobs/public.models';
import type { MailRepository } from './mail.repository';
import { sendHourOf, startOfNextHour } from './send-cap.models';

export type MailMessage = {
  to: string;
  subject: string;
  text: string;
  workspaceId: string | null;
  /** The account it is sent for (on its behalf, or to it), so deleting that account deletes it by id. */
  accountId: string | null;
};

type MailStores = { mail: MailRepository; jobs: JobsRepository };

export type Mailer = {
  /**
   * Records the message in the outbox; with SMTP configured a job delivers it. Never loses it.
   * Pass the repositories of a transaction to queue it only if that transaction commits.
   * Answers the outbox id of the message.
   */
  send: (message: MailMessage, within?: MailStores) => Promise<string>;
};

export const deliverMailJob = 'mail.deliver';

type Deps = {
  mail: MailRepository;
  jobs: JobsRepository;
  now: Clock;
  smtpConfigured: boolean;
  wakeJobs: () => void;
};

export function createMailer({ mail, jobs, now, smtpConfigured, wakeJobs }: Deps): Mailer {
  return {
    async send(message, within = { mail, jobs }) {
      const id = newId();
      await within.mail.insert({
        id,
        workspace_id: message.workspaceId,
        to_address: message.to,
        subject: message.subject,
        text_body: message.text,
        // Without SMTP the message is held in the outbox, where admins can read and forward it.
        status: smtpConfigured ? 'queued' : 'held',
        attempts: 0,
        last_error: null,
        created_at: now().toISOString(),
        sent_at: null,
        account_id: message.accountId,
      });
      if (!smtpConfigured) return id;
      await within.jobs.enqueue(
        {
          kind: deliverMailJob,
          payload: { outboxId: id },
          runAt: now(),
          uniqueKey: `mail:${id}`,
          accountId: message.accountId,
        },
        now(),
      );
      wakeJobs();
      return id;
    },
  };
}

const deliverMailPayloadSchema = z.object({ outboxId: z.string().min(1) });

/** The sender's domain, for Message-IDs: `Feedforward <feedforward@example.com>` gives example.com. */
const senderDomain = (from: string) => from.match(/@([^>\s]+)/)?.[1] ?? 'feedforward.localhost';

/**
 * The job that hands one queued outbox message to the SMTP server. Delivery is at least once: a
 * crash after the server accepted the message and before it was marked sends it again. The
 * Message-ID comes from the outbox row, so a repeat carries the same one and mail clients that
 * de-duplicate by it show the message once.
 *
 * At most `maxPerHour` messages are handed to the SMTP server per clock hour, across every process
 * on the database; each hand-over counts, accepted or not. Past the cap a message stays queued and
 * its job waits for the next hour, without counting as a failed attempt.
 */
export function createDeliverMailHandler(deps: {
  mail: MailRepository;
  smtpUrl: string;
  from: string;
  maxPerHour: number;
  now: Clock;
  log: Logger;
}) {
  // nodemailer is loaded with the first message to send, not at start (decision 0057).
  let transport: Promise<Transporter> | undefined;
  return async (payload: unknown) => {
    const { outboxId } = readStored(deliverMailPayloadSchema, payload, `payload of a ${deliverMailJob} job`);
    const message = await deps.mail.findById(outboxId);
    if (!message || message.status === 'sent') return;
    const hour = sendHourOf(deps.now());
    if (!(await deps.mail.takeSendSlot(hour, deps.maxPerHour))) {
      if (await deps.mail.noteCapReached(hour)) {
        deps.log.warn(`MAIL_MAX_PER_HOUR reached: the rest of this hour's mail waits for the next hour`, {
          hour,
          MAIL_MAX_PER_HOUR: deps.maxPerHour,
        });
      }
      throw new JobPostponed(startOfNextHour(deps.now()));
    }
    try {
      transport ??= import('nodemailer').then(({ default: nodemailer }) =>
        nodemailer.createTransport(deps.smtpUrl),
      );
      await (await transport).sendMail({
        messageId: `<${outboxId}@${senderDomain(deps.from)}>`,
        from: deps.from,
        to: message.to_address,
        subject: message.subject,
        text: message.text_body,
      });
    } catch (error) {
      await deps.mail.markAttemptFailed(outboxId, error instanceof Error ? error.message : String(error));
      throw error;
    }
    // Messages outside a workspace carry live links (password resets, stakeholder invitations and
    // reminders, which also tell who had not answered yet): once delivered, nothing of them is kept.
    if (message.workspace_id === null) await deps.mail.delete(outboxId);
    else await deps.mail.markSent(outboxId, deps.now());
  };
}
