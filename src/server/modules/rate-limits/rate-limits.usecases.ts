import type { Clock } from '../../../shared/calendar';
import { dayMs } from '../../../shared/calendar';
import { rateLimited } from '../../errors';
import type { Repositories } from '../../repositories';
import { hashToken } from '../../security/tokens';

export type RateLimitRule = { name: string; limit: number; windowMs: number; message: string };

export const rateLimitRules = {
  // Keyed by the account and the network together: an attacker's failures use up only their own
  // network's attempts, so the owner signing in from anywhere else is never locked out.
  signInPerAccountFromClient: {
    name: 'sign-in:account-client',
    limit: 10,
    windowMs: 15 * 60_000,
    message:
      'Too many sign-in attempts for this account from this network. Wait 15 minutes or reset your password.',
  },
  signInPerClient: {
    name: 'sign-in:client',
    limit: 50,
    windowMs: 15 * 60_000,
    message: 'Too many sign-in attempts from this network. Wait 15 minutes and try again.',
  },
  // Checking the password again of someone already signed in (deleting the account).
  passwordCheckPerAccount: {
    name: 'sign-in:account',
    limit: 10,
    windowMs: 15 * 60_000,
    message: 'Too many attempts for this account. Wait 15 minutes and try again.',
  },
  // Each pending sign-in allows 5 codes; this bounds how many pending sign-ins one network can try.
  twoFactorCodesPerClient: {
    name: 'two-factor:client',
    limit: 50,
    windowMs: 15 * 60_000,
    message: 'Too many codes tried from this network. Wait 15 minutes and try again.',
  },
  // Setting up and turning off, by someone already signed in.
  twoFactorCodesPerAccount: {
    name: 'two-factor:account',
    limit: 10,
    windowMs: 15 * 60_000,
    message: 'Too many codes tried for this account. Wait 15 minutes and try again.',
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
  // Each resend mails the account's own address: limited like a password reset.
  verificationResendPerAccount: {
    name: 'verify-resend:account',
    limit: 3,
    windowMs: 60 * 60_000,
    message:
      'A confirmation link was sent several times already. Use the latest one, or try again in an hour.',
  },
  verificationResendPerClient: {
    name: 'verify-resend:client',
    limit: 20,
    windowMs: 60 * 60_000,
    message: 'Too many confirmation links were asked for from this network. Try again in an hour.',
  },
  // A leader has a coach or two; this only stops a leader from mailing strangers through Feedforward.
  coachInvitationsPerLeader: {
    name: 'invite:coach',
    limit: 20,
    windowMs: 60 * 60_000,
    message: 'Too many coach invitations in the last hour. Try again later.',
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
    windowMs: dayMs,
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
  // A round asks at most 50 people, and one person's typing asks a dozen or two: one link spread
  // over many networks is held too.
  hintsPerLink: {
    name: 'hints:link',
    limit: 600,
    windowMs: 10 * 60_000,
    message: 'Too many requests just now. Wait a moment.',
  },
  // Each asks for CPU-heavy language analysis; a leader reframing a problem asks a handful of times.
  reframesPerAccount: {
    name: 'reframe:account',
    limit: 30,
    windowMs: 10 * 60_000,
    message:
      'You have asked for suggestions many times in the last few minutes. Wait a few minutes and try again.',
  },
  // A script reading a leader's data pages through a few hundred requests; a runaway loop is held.
  requestsPerApiToken: {
    name: 'api-token:requests',
    limit: 600,
    windowMs: 10 * 60_000,
    message: 'This API token made too many requests in the last 10 minutes. Wait a few minutes.',
  },
  // Each start asks the provider for its discovery document and stores a waiting sign-in.
  ssoStartsPerClient: {
    name: 'sso-start:client',
    limit: 50,
    windowMs: 15 * 60_000,
    message: 'Too many sign-in attempts from this network. Wait 15 minutes and try again.',
  },
  ssoCallbacksPerClient: {
    name: 'sso-callback:client',
    limit: 50,
    windowMs: 15 * 60_000,
    message: 'Too many sign-in attempts from this network. Wait 15 minutes and try again.',
  },
  // Each test makes the server fetch an address an admin typed.
  ssoConnectionTestsPerAccount: {
    name: 'sso-test:account',
    limit: 20,
    windowMs: 60 * 60_000,
    message: 'You have tested a connection many times in the last hour. Try again later.',
  },
} satisfies Record<string, RateLimitRule>;

/** Counts without refusing: what the count means is the caller's business. */
export type Counter = Pick<RateLimitRule, 'name' | 'windowMs'>;

export const counters = {
  // Failed sign-ins of an account from every network together; they slow each later failure down
  // (see failedSignInPauseMs) and never refuse anyone, so they cannot lock the owner out.
  signInFailuresPerAccount: { name: 'sign-in-failures:account', windowMs: 15 * 60_000 },
} satisfies Record<string, Counter>;

/** Every stored counter is reset by its next hit once this long has passed since its window opened. */
export const longestRateLimitWindowMs = Math.max(
  ...[...Object.values(rateLimitRules), ...Object.values(counters)].map((rule) => rule.windowMs),
);

/** Counts one more and returns the count in the current window, this one included. */
export async function countHit(
  deps: { repos: Pick<Repositories, 'rateLimits'>; now: Clock },
  counter: Counter,
  subject: string,
): Promise<number> {
  return deps.repos.rateLimits.hit(hashToken(`${counter.name}:${subject}`), counter.windowMs, deps.now());
}

export async function enforceRateLimit(
  deps: { repos: Pick<Repositories, 'rateLimits'>; now: Clock },
  rule: RateLimitRule,
  subject: string,
): Promise<void> {
  // Hashed, so the table holds no email or address in the clear.
  if ((await countHit(deps, rule, subject)) > rule.limit) throw rateLimited(rule.message);
}

/**
 * For an allowance of things done (people emailed) rather than attempts: `amount` is taken only
 * when it fits, so a refusal uses up nothing.
 */
export async function takeFromAllowance(
  deps: { repos: Pick<Repositories, 'rateLimits'>; now: Clock },
  rule: RateLimitRule,
  subject: string,
  amount: number,
): Promise<void> {
  const key = hashToken(`${rule.name}:${subject}`);
  if (!(await deps.repos.rateLimits.take(key, rule.windowMs, deps.now(), amount, rule.limit))) {
    throw rateLimited(rule.message);
  }
}
