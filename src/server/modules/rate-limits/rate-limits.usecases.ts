import { rateLimited } from '../../errors';
import type { Repositories } from '../../repositories';
import { hashToken } from '../../security/tokens';

export type RateLimitRule = { name: string; limit: number; windowMs: number; message: string };

export const rateLimitRules = {
  signInPerAccount: {
    name: 'sign-in:account',
    limit: 10,
    windowMs: 15 * 60_000,
    message: 'Too many sign-in attempts for this account. Wait 15 minutes or reset your password.',
  },
  signInPerClient: {
    name: 'sign-in:client',
    limit: 50,
    windowMs: 15 * 60_000,
    message: 'Too many sign-in attempts from this network. Wait 15 minutes and try again.',
  },
  passwordResetPerAccount: {
    name: 'reset:account',
    limit: 3,
    windowMs: 60 * 60_000,
    message: 'A reset link was asked for several times already. Use the latest one, or try again in an hour.',
  },
  passwordResetPerClient: {
    name: 'reset:client',
    limit: 20,
    windowMs: 60 * 60_000,
    message: 'Too many reset requests from this network. Try again in an hour.',
  },
  // Each completion with a live link hashes a password: as costly as a sign-in, so limited like one.
  passwordResetCompletionsPerClient: {
    name: 'reset-complete:client',
    limit: 50,
    windowMs: 15 * 60_000,
    message: 'Too many attempts to set a new password from this network. Wait 15 minutes and try again.',
  },
  // Honest people create one account each; an office behind one address may onboard a team in an hour.
  signUpPerClient: {
    name: 'sign-up:client',
    limit: 20,
    windowMs: 60 * 60_000,
    message: 'Too many accounts were created from this network in the last hour. Try again later.',
  },
  memberInvitationsPerWorkspace: {
    name: 'invite:workspace',
    limit: 100,
    windowMs: 60 * 60_000,
    message: 'Too many invitations in the last hour. Try again later.',
  },
  // Every person asked gets an email the leader wrote: far above honest use (5–8 people a round),
  // low enough that an account cannot be used to mail strangers in bulk.
  roundInvitationsPerLeader: {
    name: 'round-invitations:leader',
    limit: 200,
    windowMs: 24 * 60 * 60_000,
    message: 'You have asked 200 people in the last 24 hours, the most a day allows. Try again tomorrow.',
  },
  // Generous, since a whole office may answer from one address behind a proxy.
  answersPerClient: {
    name: 'answers:client',
    limit: 200,
    windowMs: 10 * 60_000,
    message: 'Too many answers from this network just now. Wait a few minutes and send again.',
  },
  hintsPerClient: {
    name: 'hints:client',
    limit: 1000,
    windowMs: 10 * 60_000,
    message: 'Too many requests just now. Wait a moment.',
  },
} satisfies Record<string, RateLimitRule>;

export async function enforceRateLimit(
  deps: { repos: Pick<Repositories, 'rateLimits'>; now: () => Date },
  rule: RateLimitRule,
  subject: string,
): Promise<void> {
  // Hashed, so the table holds no email or address in the clear.
  const key = hashToken(`${rule.name}:${subject}`);
  const hits = await deps.repos.rateLimits.hit(key, rule.windowMs, deps.now());
  if (hits > rule.limit) throw rateLimited(rule.message);
}

/**
 * For an allowance of things done (people emailed) rather than attempts: `amount` is taken only
 * when it fits, so a refusal uses up nothing.
 */
export async function takeFromAllowance(
  deps: { repos: Pick<Repositories, 'rateLimits'>; now: () => Date },
  rule: RateLimitRule,
  subject: string,
  amount: number,
): Promise<void> {
  const key = hashToken(`${rule.name}:${subject}`);
  if (!(await deps.repos.rateLimits.take(key, rule.windowMs, deps.now(), amount, rule.limit))) {
    throw rateLimited(rule.message);
  }
}
