import type {
  CurrentUser,
  SignInInput,
  SignUpInput,
  SignUpPolicy,
  VerificationLinkSent,
} from '../../../shared/accounts';
import { dayMs } from '../../../shared/calendar';
import { leaderMailLanguage, leaderMailText } from '../../../shared/i18n/catalogs/leader-mail';
import type { UiLocale } from '../../../shared/i18n/locales';
import type { SecondStepNeeded } from '../../../shared/two-factor';
import type { AppDeps } from '../../deps';
import { type AppError, conflict, forbidden, gone, invalid, unauthenticated } from '../../errors';
import { hashToken, newId, newToken } from '../../security/tokens';
import { counters, countHit, enforceRateLimit, rateLimitRules } from '../rate-limits';
import { passwordSignInBlockedBy } from '../sso/public.models';
import { pendingSignInLifetimeMs } from '../two-factor/public.models';
import { createPersonalWorkspace } from '../workspaces';
import {
  currentUserOf,
  failedSignInPauseMs,
  isSessionAlive,
  passwordProblem,
  passwordResetLifetimeMs,
  shouldTouchSession,
} from './accounts.models';
import { sendVerificationLink } from './email-verification.usecases';
import { signUpRefusal } from './sign-up-policy.models';

type Deps = Pick<
  AppDeps,
  'repos' | 'transact' | 'passwords' | 'commonPasswords' | 'now' | 'config' | 'mailer' | 'pause' | 'wakeJobs'
>;

export type StartedSession = { token: string; user: CurrentUser };

/** The session rules of this configuration, as every request and housekeeping apply them. */
export function sessionPolicy(config: AppDeps['config']) {
  return { idleMs: config.SESSION_IDLE_MINUTES * 60_000, absoluteMs: config.SESSION_MAX_DAYS * dayMs };
}

export async function startSession(
  deps: Pick<Deps, 'repos' | 'now' | 'config'>,
  user: CurrentUser,
): Promise<StartedSession> {
  // A fresh random id at every sign-in: a session id planted before sign-in is worthless after it.
  const token = newToken();
  const now = deps.now();
  const expiresAt = new Date(now.getTime() + sessionPolicy(deps.config).absoluteMs);
  await deps.repos.accounts.insertSession({ idHash: hashToken(token), userId: user.id, now, expiresAt });
  return { token, user };
}

const emailTaken = () =>
  conflict(
    'email_taken',
    'An account with this email already exists. Sign in or reset your password.',
    'email',
  );

/** Who may create an account, as the operator configured it. */
export function signUpPolicy(config: AppDeps['config']): SignUpPolicy {
  return { signUp: config.SIGNUP, emailDomains: config.SIGNUP_EMAIL_DOMAINS };
}

export async function refuseAgainstSignUpPolicy(deps: Deps, email: string): Promise<void> {
  const policy = signUpPolicy(deps.config);
  const invitedOnly = policy.signUp === 'invite-only';
  const refusal = signUpRefusal(policy, {
    email,
    invited: invitedOnly && (await deps.repos.workspaces.hasPendingInvitationFor(email, deps.now())),
    firstAccount: invitedOnly && !(await deps.repos.accounts.anyUserExists()),
  });
  if (refusal) throw forbidden('sign_up_not_allowed', refusal, 'email');
}

export async function signUp(
  deps: Deps,
  input: SignUpInput,
  clientKey: string,
): Promise<StartedSession & { verification: VerificationLinkSent }> {
  await enforceRateLimit(deps, rateLimitRules.signUpPerClient, clientKey);
  await refuseAgainstSignUpPolicy(deps, input.email);
  const user = await createAccount(deps, input, { emailVerified: false });
  const verification = await sendVerificationLink(deps, user);
  return { ...(await startSession(deps, user)), verification };
}

/**
 * An account with its personal workspace, past every check of its own but none of sign-up's gate.
 * Only an account the server makes itself (the demo) starts with its address counted as confirmed.
 */
export async function createAccount(
  deps: Deps,
  input: SignUpInput,
  { emailVerified }: { emailVerified: boolean },
): Promise<CurrentUser> {
  const problem = passwordProblem(input.password, input.email, deps.commonPasswords);
  if (problem) throw invalid('weak_password', problem, 'password');
  if (await deps.repos.accounts.findUserByEmail(input.email)) throw emailTaken();
  const passwordHash = await deps.passwords.hash(input.password);
  const language = input.language ?? null;
  const user = { id: newId(), email: input.email, name: input.name, emailVerified, language };
  const now = deps.now();
  await deps.transact(async (repos) => {
    // Two sign-ups with one email can both pass the check above; the database lets one through.
    const inserted = await repos.accounts.insertUser({
      id: user.id,
      email: user.email,
      name: user.name,
      password_hash: passwordHash,
      created_at: now.toISOString(),
      email_verified_at: emailVerified ? now.toISOString() : null,
      language,
    });
    if (!inserted) throw emailTaken();
    await createPersonalWorkspace({ repos, now }, user);
  });
  return user;
}

/**
 * An account a provider vouched for: no password (the provider is how its owner signs in), the
 * address confirmed by the provider, and a personal workspace like every account.
 */
export async function createPasswordlessAccount(
  deps: Pick<Deps, 'transact' | 'now'>,
  input: { email: string; name: string },
): Promise<CurrentUser> {
  const user = { id: newId(), email: input.email, name: input.name, emailVerified: true, language: null };
  const now = deps.now();
  await deps.transact(async (repos) => {
    const inserted = await repos.accounts.insertUser({
      id: user.id,
      email: user.email,
      name: user.name,
      password_hash: '',
      created_at: now.toISOString(),
      email_verified_at: now.toISOString(),
    });
    if (!inserted) throw emailTaken();
    await createPersonalWorkspace({ repos, now }, user);
  });
  return user;
}

/**
 * For an account with two-step sign-in, every password, right or wrong, gets a pending sign-in
 * that only a right code completes: whoever guesses passwords without the code never learns
 * whether one was right. Other accounts get a session, or a refusal slowed by past failures.
 */
export async function signIn(
  deps: Deps,
  input: SignInInput,
  clientKey: string,
): Promise<StartedSession | SecondStepNeeded> {
  await enforceRateLimit(deps, rateLimitRules.signInPerClient, clientKey);
  await enforceRateLimit(deps, rateLimitRules.signInPerAccountFromClient, `${input.email} ${clientKey}`);
  const user = await deps.repos.accounts.findUserByEmail(input.email);
  // An account made by single sign-on has no password ('' is stored); it is checked like no account.
  const valid = await deps.passwords.verify(user?.password_hash || null, input.password);
  // Told only to whoever knows the password, so it says nothing about which addresses have accounts.
  if (user && valid) await refusePasswordSignInWhereOff(deps, user.id);
  if (user && (await deps.repos.twoFactor.isEnabled(user.id))) {
    return startSecondStep(deps, user.id, valid);
  }
  if (!user || !valid) return refuseSignIn(deps, input.email, wrongCredentials());
  return startSession(deps, currentUserOf(user));
}

/** An organization that signs in with its provider only: its members (but not its admins) use that. */
async function refusePasswordSignInWhereOff(deps: Pick<Deps, 'repos'>, userId: string) {
  const provider = passwordSignInBlockedBy(await deps.repos.sso.listSsoOfMemberships(userId));
  if (provider)
    throw forbidden(
      'password_sign_in_off',
      `Your organization signs in with ${provider}. Use its button on the sign-in page.`,
      'password',
    );
}

const wrongCredentials = () => invalid('wrong_credentials', 'Email or password is not right.', 'password');

/** Every failure of an account, from any network, makes the next failure's answer wait longer. */
export async function refuseSignIn(
  deps: Pick<Deps, 'repos' | 'now' | 'pause'>,
  email: string,
  refusal: AppError,
): Promise<never> {
  const failures = await countHit(deps, counters.signInFailuresPerAccount, email);
  await deps.pause(failedSignInPauseMs(failures));
  throw refusal;
}

export async function startSecondStep(
  deps: Pick<Deps, 'repos' | 'now'>,
  userId: string,
  passwordOk: boolean,
): Promise<SecondStepNeeded> {
  const token = newToken();
  const now = deps.now();
  await deps.repos.twoFactor.deleteExpiredPendingSignIns(now);
  await deps.repos.twoFactor.insertPendingSignIn({
    tokenHash: hashToken(token),
    userId,
    passwordOk,
    now,
    expiresAt: new Date(now.getTime() + pendingSignInLifetimeMs),
  });
  return { secondStep: { token } };
}

export async function signOut(deps: Pick<Deps, 'repos'>, token: string): Promise<void> {
  await deps.repos.accounts.deleteSession(hashToken(token));
}

export async function getSessionUser(deps: Pick<Deps, 'repos' | 'now' | 'config'>, token: string) {
  const idHash = hashToken(token);
  const session = await deps.repos.accounts.findSessionWithUser(idHash);
  if (!session) return null;
  const now = deps.now();
  const times = { createdAt: new Date(session.created_at), lastSeenAt: new Date(session.last_seen_at) };
  if (!isSessionAlive(times, sessionPolicy(deps.config), now)) {
    await deps.repos.accounts.deleteSession(idHash);
    return null;
  }
  if (shouldTouchSession(times.lastSeenAt, now)) await deps.repos.accounts.touchSession(idHash, now);
  return currentUserOf({ ...session, id: session.user_id });
}

/** The signed-in person, or null when the cookie is missing, unknown or expired. */
export async function findSessionUser(
  deps: Pick<Deps, 'repos' | 'now' | 'config'>,
  token: string | undefined,
): Promise<CurrentUser | null> {
  return token ? await getSessionUser(deps, token) : null;
}

export async function requireSessionUser(
  deps: Pick<Deps, 'repos' | 'now' | 'config'>,
  token: string | undefined,
) {
  const user = await findSessionUser(deps, token);
  if (!user) throw unauthenticated();
  return user;
}

export const sendPasswordResetJob = 'accounts.password-reset';

/**
 * Answers the same way after the same work, whether or not the email has an account: both only
 * queue a job, and the job alone looks the address up (so no answer can be timed to tell).
 */
export async function requestPasswordReset(
  deps: Pick<Deps, 'repos' | 'now' | 'wakeJobs'>,
  email: string,
  clientKey: string,
): Promise<void> {
  await enforceRateLimit(deps, rateLimitRules.passwordResetPerClient, clientKey);
  await enforceRateLimit(deps, rateLimitRules.passwordResetPerAccount, email);
  const uniqueKey = `password-reset:${newId()}`;
  await deps.repos.jobs.enqueue(
    {
      kind: sendPasswordResetJob,
      payload: { email, uniqueKey },
      runAt: deps.now(),
      uniqueKey,
      accountId: null,
    },
    deps.now(),
  );
  deps.wakeJobs();
}

/** The queued half of a reset request: mails a link if an account uses the address, else nothing. */
export async function sendPasswordReset(
  deps: Pick<Deps, 'repos' | 'now' | 'config' | 'mailer'>,
  email: string,
): Promise<void> {
  const user = await deps.repos.accounts.findUserByEmail(email);
  if (!user) return;
  const token = newToken();
  const now = deps.now();
  await deps.repos.accounts.insertPasswordReset({
    tokenHash: hashToken(token),
    userId: user.id,
    now,
    expiresAt: new Date(now.getTime() + passwordResetLifetimeMs),
  });
  const t = leaderMailText(leaderMailLanguage(user.language));
  await deps.mailer.send({
    to: user.email,
    workspaceId: null,
    accountId: user.id,
    subject: t('reset.subject'),
    text: [
      t('greeting', { name: user.name }),
      '',
      t('reset.open'),
      '',
      `${deps.config.BASE_URL}/reset-password#token=${token}`,
      '',
      t('reset.notYou'),
    ].join('\n'),
  });
}

export async function resetPassword(
  deps: Deps,
  input: { token: string; password: string },
  clientKey: string,
): Promise<void> {
  await enforceRateLimit(deps, rateLimitRules.passwordResetCompletionsPerClient, clientKey);
  const tokenHash = hashToken(input.token);
  // The link is checked before the password is hashed, so a made-up link costs no hashing.
  const userId = await deps.repos.accounts.findUsablePasswordReset(tokenHash, deps.now());
  const user = userId && (await deps.repos.accounts.findUserById(userId));
  if (!user) throw resetLinkInvalid();
  const problem = passwordProblem(input.password, user.email, deps.commonPasswords);
  if (problem) throw invalid('weak_password', problem, 'password');
  const passwordHash = await deps.passwords.hash(input.password);
  await deps.transact(async (repos) => {
    // Used up in the same statement that checks it, so two completions with one link cannot both win.
    if ((await repos.accounts.consumePasswordReset(tokenHash, deps.now())) !== user.id)
      throw resetLinkInvalid();
    await repos.accounts.endPasswordResetsOfUser(user.id, deps.now());
    await repos.accounts.updatePasswordHash(user.id, passwordHash);
    // Whoever knew the old password is signed out everywhere.
    await repos.accounts.deleteSessionsOfUser(user.id);
  });
}

/** Keeps the leader's language on the account: their other devices and their own mails follow it. */
export async function setAccountLanguage(
  deps: Pick<Deps, 'repos'>,
  user: CurrentUser,
  language: UiLocale,
): Promise<void> {
  await deps.repos.accounts.updateLanguage(user.id, language);
}

const resetLinkInvalid = () =>
  gone('reset_link_invalid', 'This reset link has expired or was already used. Ask for a new one.');
