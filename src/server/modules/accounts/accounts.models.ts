import type { CurrentUser } from '../../../shared/accounts';
import { isUiLocale, type UiLocale } from '../../../shared/i18n/locales';

/** Returns why a password is refused, or null when it is acceptable. Length is checked by the schema. */
export function passwordProblem(
  password: string,
  email: string,
  commonPasswords: Pick<ReadonlySet<string>, 'has'>,
): string | null {
  const lowered = password.toLowerCase();
  if (commonPasswords.has(lowered))
    return 'This password is too common. Pick something others would not guess.';
  const localPart = email.split('@')[0] ?? '';
  if (localPart.length >= 3 && lowered.includes(localPart.toLowerCase())) {
    return 'Password must not contain your email address.';
  }
  if (new Set(password).size < 4) return 'Password needs more variety than a few repeated characters.';
  return null;
}

export type SessionTimes = { createdAt: Date; lastSeenAt: Date };
export type SessionPolicy = { idleMs: number; absoluteMs: number };

/** A session ends after a period without use, and in any case some days after sign-in. */
export function isSessionAlive(session: SessionTimes, policy: SessionPolicy, now: Date): boolean {
  const idle = now.getTime() - session.lastSeenAt.getTime();
  const age = now.getTime() - session.createdAt.getTime();
  return idle < policy.idleMs && age < policy.absoluteMs;
}

/** Writing last-seen on every request would turn each read into a write; once a minute is enough. */
export function shouldTouchSession(lastSeenAt: Date, now: Date): boolean {
  return now.getTime() - lastSeenAt.getTime() > 60_000;
}

export const passwordResetLifetimeMs = 60 * 60_000;

/**
 * How long a failed sign-in answer waits, given the account's failures in the last 15 minutes
 * from every network. The first few cost nothing (people mistype); then each waits twice as long
 * as the one before, up to a few seconds. Only failures wait, so the owner is never slowed.
 */
export function failedSignInPauseMs(failures: number): number {
  const free = 5;
  if (failures <= free) return 0;
  return Math.min(250 * 2 ** (failures - free - 1), 4_000);
}

/** An account's stored language, read leniently: anything no longer offered counts as never chosen. */
const accountLanguage = (stored: string | null | undefined): UiLocale | null =>
  isUiLocale(stored) ? stored : null;

/** The signed-in person as every answer and use case sees them, from their account's row. */
export function currentUserOf(row: {
  id: string;
  email: string;
  name: string;
  email_verified_at?: string | null;
  language?: string | null;
}): CurrentUser {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    emailVerified: Boolean(row.email_verified_at),
    language: accountLanguage(row.language),
  };
}
