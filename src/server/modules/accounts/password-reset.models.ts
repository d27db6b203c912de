import type { PasswordResetRequested } from '../../../shared/mail';

/**
 * The same answer whether or not an account uses the address, but true to this server: without a
 * mail server the link waits in the outbox, and only whoever runs Feedforward can read it there.
 */
export function passwordResetAnswer(mailServer: boolean): PasswordResetRequested {
  if (mailServer) {
    return { delivery: 'email', message: 'If an account uses this email, a reset link is on its way.' };
  }
  return {
    delivery: 'held',
    message:
      'If an account uses this email, its reset link is waiting on this server. This Feedforward has no mail ' +
      'server, so it cannot email the link: ask the person who runs it to read the link from its outbox ' +
      '(npm run outbox) and pass it on to you.',
  };
}
