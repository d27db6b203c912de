import type { CurrentUser, VerificationLinkSent } from '../../../shared/accounts';
import { dayMs } from '../../../shared/calendar';
import { leaderMailLanguage, leaderMailText } from '../../../shared/i18n/catalogs/leader-mail';
import type { UiLocale } from '../../../shared/i18n/locales';
import { forbidden } from '../../errors';

/** Long enough for a message read the next morning; a new link is one click away. */
export const emailVerificationLifetimeMs = dayMs;

/** In the language kept on the account, which sign-up took from the screen the person was reading. */
export function verificationMessage(input: { name: string; url: string; language: UiLocale | null }) {
  const t = leaderMailText(leaderMailLanguage(input.language));
  return {
    subject: t('verification.subject'),
    text: [
      t('greeting', { name: input.name }),
      '',
      t('verification.open'),
      '',
      input.url,
      '',
      t('verification.notYou'),
    ].join('\n'),
  };
}

/**
 * What became of the link, true to this server: without a mail server it waits in the outbox,
 * where only whoever runs Feedforward can read it (as with password resets, decision 0020).
 */
export function verificationLinkSent(email: string, mailServer: boolean): VerificationLinkSent {
  if (mailServer) {
    return {
      delivery: 'email',
      message: `A confirmation link is on its way to ${email}. Open it to let Feedforward email people in your name.`,
    };
  }
  return {
    delivery: 'held',
    message:
      'This Feedforward has no mail server, so it emails nobody, and your confirmation link is kept on the ' +
      'server instead: the person who runs it can read it from its outbox (npm run outbox) and pass it on to you.',
  };
}

/** Said when an unconfirmed account asks Feedforward to email someone else. */
export function unverifiedSenderMessage(email: string): string {
  return (
    `Confirm your email address first: Feedforward emails nobody in your name until you open the link ` +
    `sent to ${email}. Ask for a new link from the notice at the top of the page if you cannot find it.`
  );
}

/**
 * Feedforward emails third parties in an account's name only once the account proved it reads
 * its own address. `recipients` is how many this action would email (none without a mail server).
 */
export function refuseMailingUnverified(user: CurrentUser, recipients: number): void {
  if (recipients > 0 && !user.emailVerified) {
    throw forbidden('email_not_verified', unverifiedSenderMessage(user.email));
  }
}
