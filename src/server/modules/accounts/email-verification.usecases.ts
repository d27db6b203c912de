import type { CurrentUser, VerificationLinkSent } from '../../../shared/accounts';
import type { AppDeps } from '../../deps';
import { gone } from '../../errors';
import type { Repositories } from '../../repositories';
import { hashToken, newToken } from '../../security/tokens';
import { enforceRateLimit, rateLimitRules } from '../rate-limits';
import {
  emailVerificationLifetimeMs,
  verificationLinkSent,
  verificationMessage,
} from './email-verification.models';

type Deps = Pick<AppDeps, 'repos' | 'transact' | 'now' | 'config' | 'mailer'>;

/** Queues a fresh one-time link to the account's own address; only its hash is stored. */
export async function sendVerificationLink(
  deps: Deps,
  user: Pick<CurrentUser, 'id' | 'email' | 'name' | 'language'>,
): Promise<VerificationLinkSent> {
  const token = newToken();
  const now = deps.now();
  const message = verificationMessage({
    name: user.name,
    language: user.language,
    url: `${deps.config.BASE_URL}/verify-email#token=${token}`,
  });
  await deps.transact(async (repos) => {
    const outboxId = await deps.mailer.send(
      { to: user.email, workspaceId: null, accountId: user.id, ...message },
      repos,
    );
    await repos.accounts.insertEmailVerification({
      tokenHash: hashToken(token),
      userId: user.id,
      outboxId,
      now,
      expiresAt: new Date(now.getTime() + emailVerificationLifetimeMs),
    });
  });
  return verificationLinkSent(user.email, Boolean(deps.config.SMTP_URL));
}

/** "Send the link again", limited like a password reset: the mail goes to the account's own address. */
export async function resendVerificationLink(
  deps: Deps,
  user: CurrentUser,
  clientKey: string,
): Promise<VerificationLinkSent> {
  if (user.emailVerified) throw alreadyVerified();
  await enforceRateLimit(deps, rateLimitRules.verificationResendPerClient, clientKey);
  await enforceRateLimit(deps, rateLimitRules.verificationResendPerAccount, user.email);
  return sendVerificationLink(deps, user);
}

/**
 * Confirms the address of whoever the link was sent for, signed in or not. Every link of the
 * account dies with it, and the messages that carried them leave the outbox.
 */
export async function verifyEmail(deps: Deps, token: string): Promise<void> {
  await deps.transact(async (repos: Repositories) => {
    const userId = await repos.accounts.consumeEmailVerification(hashToken(token), deps.now());
    if (!userId) throw verificationLinkInvalid();
    await repos.mail.deleteMany(await repos.accounts.markEmailVerified(userId, deps.now()));
  });
}

const alreadyVerified = () =>
  gone('email_already_verified', 'Your email address is already confirmed. Nothing more to do.');

const verificationLinkInvalid = () =>
  gone(
    'verification_link_invalid',
    'This confirmation link has expired or was already used. Sign in and ask for a new one if your address is not confirmed yet.',
  );
