import { randomBytes } from 'node:crypto';
import type { CurrentUser } from '../../../shared/accounts';
import type { TwoFactorEnrollment, TwoFactorStatus } from '../../../shared/two-factor';
import type { AppDeps } from '../../deps';
import { conflict, forbidden, invalid } from '../../errors';
import { hashToken } from '../../security/tokens';
import { enforceRateLimit, rateLimitRules } from '../rate-limits';
import { newTotpSecret, otpauthUri, qrCodeSvg, stepOfCode } from './totp';
import {
  formatRecoveryCode,
  isAuthenticatorCode,
  mustEnroll,
  normalizeRecoveryCode,
  recoveryCodeCount,
} from './two-factor.models';

type Deps = Pick<AppDeps, 'repos' | 'transact' | 'now' | 'config' | 'passwords'>;

const wrongCode = () => invalid('wrong_code', 'That code is not right, or it was used already.', 'code');

async function isOrganizationAdmin(deps: Pick<Deps, 'repos'>, userId: string): Promise<boolean> {
  const memberships = await deps.repos.workspaces.listMembershipsOfUser(userId);
  return memberships.some((membership) => membership.kind === 'organization' && membership.role === 'admin');
}

/** Whether this person must set up two-step sign-in before doing anything else. */
export async function mustEnrollTwoFactor(deps: Pick<Deps, 'repos' | 'config'>, userId: string) {
  if (!deps.config.REQUIRE_2FA_FOR_ADMINS) return false;
  return mustEnroll({
    requiredForAdmins: true,
    organizationAdmin: await isOrganizationAdmin(deps, userId),
    enabled: await deps.repos.twoFactor.isEnabled(userId),
  });
}

/** Refuses an admin action of an organization while the operator requires a second step and it is off. */
export async function refuseAdminWithoutTwoFactor(
  deps: Pick<Deps, 'repos' | 'config'>,
  userId: string,
  workspaceKind: 'personal' | 'organization',
) {
  if (workspaceKind !== 'organization' || !deps.config.REQUIRE_2FA_FOR_ADMINS) return;
  if (await deps.repos.twoFactor.isEnabled(userId)) return;
  throw forbidden(
    'two_factor_required',
    'This server requires admins to use two-step sign-in. Turn it on in your account page first.',
  );
}

export async function twoFactorStatus(
  deps: Pick<Deps, 'repos' | 'config'>,
  user: CurrentUser,
): Promise<TwoFactorStatus> {
  return {
    enabled: await deps.repos.twoFactor.isEnabled(user.id),
    recoveryCodesLeft: await deps.repos.twoFactor.countRecoveryCodesLeft(user.id),
    required: deps.config.REQUIRE_2FA_FOR_ADMINS && (await isOrganizationAdmin(deps, user.id)),
  };
}

const alreadyOn = () =>
  conflict('two_factor_on', 'Two-step sign-in is already on. Turn it off first to set up another app.');

/** A fresh secret each time, so a secret shown on a screen someone else saw is never the one that counts. */
export async function startEnrollment(deps: Deps, user: CurrentUser): Promise<TwoFactorEnrollment> {
  const secret = newTotpSecret();
  if (!(await deps.repos.twoFactor.saveUnconfirmedSecret(user.id, secret, deps.now()))) throw alreadyOn();
  const uri = otpauthUri(secret, user.email);
  return { secret, uri, qrSvg: await qrCodeSvg(uri) };
}

function newRecoveryCodes(): string[] {
  // Ten characters of base32 each: 50 random bits, far beyond guessing within the rate limits.
  const alphabet = 'abcdefghijklmnopqrstuvwxyz234567';
  return Array.from({ length: recoveryCodeCount }, () =>
    formatRecoveryCode([...randomBytes(10)].map((byte) => alphabet[byte % 32]).join('')),
  );
}

/** The first code proves the app holds the secret; only then is it on, with recovery codes shown once. */
export async function confirmEnrollment(deps: Deps, user: CurrentUser, code: string) {
  await enforceRateLimit(deps, rateLimitRules.twoFactorCodesPerAccount, user.id);
  const stored = await deps.repos.twoFactor.findSecret(user.id);
  if (stored?.confirmed_at) throw alreadyOn();
  if (!stored) throw invalid('no_enrollment', 'Start setting up two-step sign-in first.', 'code');
  const step = stepOfCode(stored.secret, code, deps.now());
  if (step === null) throw wrongCode();
  const recoveryCodes = newRecoveryCodes();
  await deps.transact(async (repos) => {
    if (!(await repos.twoFactor.confirm(user.id, stored.secret, step, deps.now()))) throw alreadyOn();
    const hashes = recoveryCodes.map((recoveryCode) => hashToken(normalizeRecoveryCode(recoveryCode)));
    await repos.twoFactor.replaceRecoveryCodes(user.id, hashes, deps.now());
  });
  return { recoveryCodes };
}

/**
 * True when the code is a right authenticator code not used before (its step is taken in the
 * same statement that checks it, so a replay, even at the same moment, is refused) or an unused
 * recovery code, which is then used up.
 */
export async function spendSecondFactor(deps: Pick<Deps, 'repos' | 'now'>, userId: string, code: string) {
  const stored = await deps.repos.twoFactor.findSecret(userId);
  if (!stored?.confirmed_at) return false;
  if (isAuthenticatorCode(code)) {
    const step = stepOfCode(stored.secret, code, deps.now());
    return step !== null && (await deps.repos.twoFactor.takeStep(userId, step));
  }
  return deps.repos.twoFactor.spendRecoveryCode(userId, hashToken(normalizeRecoveryCode(code)), deps.now());
}

/** Both the password and a code: a session left open, or a stolen password alone, is not enough. */
export async function disableTwoFactor(
  deps: Deps,
  user: CurrentUser,
  input: { password: string; code: string },
) {
  await enforceRateLimit(deps, rateLimitRules.twoFactorCodesPerAccount, user.id);
  const stored = await deps.repos.accounts.findUserById(user.id);
  if (!(await deps.passwords.verify(stored?.password_hash ?? null, input.password))) {
    throw invalid('wrong_password', 'That password is not right.', 'password');
  }
  if (!(await deps.repos.twoFactor.isEnabled(user.id))) {
    throw conflict('two_factor_off', 'Two-step sign-in is already off.');
  }
  if (!(await spendSecondFactor(deps, user.id, input.code))) throw wrongCode();
  await deps.transact((repos) => repos.twoFactor.remove(user.id));
}
