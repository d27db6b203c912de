import type { AppDeps } from '../../deps';
import { gone, invalid } from '../../errors';
import { hashToken } from '../../security/tokens';
import { enforceRateLimit, rateLimitRules } from '../rate-limits';
import { spendSecondFactor } from '../two-factor';
import { maxSecondStepAttempts } from '../two-factor/public.models';
import { currentUserOf } from './accounts.models';
import { refuseSignIn, type StartedSession, startSession } from './accounts.usecases';

type Deps = Pick<AppDeps, 'repos' | 'now' | 'config' | 'pause'>;

const signInExpired = () =>
  gone('sign_in_expired', 'This sign-in has expired or had too many wrong codes. Enter your password again.');

/**
 * The code after the password. A wrong password and a wrong code get the same refusal, and a
 * pending sign-in allows a few codes only: then the password must be entered again.
 */
export async function completeSecondStep(
  deps: Deps,
  input: { token: string; code: string },
  clientKey: string,
): Promise<StartedSession> {
  await enforceRateLimit(deps, rateLimitRules.twoFactorCodesPerClient, clientKey);
  const tokenHash = hashToken(input.token);
  const pending = await deps.repos.twoFactor.takeSecondStepAttempt(
    tokenHash,
    deps.now(),
    maxSecondStepAttempts,
  );
  if (!pending) throw signInExpired();
  const user = await deps.repos.accounts.findUserById(pending.userId);
  if (!user) throw signInExpired();
  // The code is only tried with the right password, so a guessed code is never used up for nothing.
  const codeOk = pending.passwordOk && (await spendSecondFactor(deps, user.id, input.code));
  if (!codeOk) {
    await refuseSignIn(
      deps,
      user.email,
      invalid(
        'wrong_code',
        'The password or the code is not right. Check the code, or start again with your password.',
        'code',
      ),
    );
  }
  // Two requests with one right pending sign-in (and two codes) start one session.
  if (!(await deps.repos.twoFactor.deletePendingSignIn(tokenHash))) throw signInExpired();
  return startSession(deps, currentUserOf(user));
}
