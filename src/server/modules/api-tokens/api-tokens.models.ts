import type { ApiTokenScope } from '../../../shared/api-tokens';
import { dayMs } from '../../../shared/calendar';

/** Marks the token as ours, so secret scanners (and people) can recognize a leaked one. */
export const apiTokenPrefix = 'ffp_';

/** `Authorization: Bearer ffp_…` → the token; anything else in that header → null. */
export function bearerTokenOf(authorization: string): string | null {
  const match = /^Bearer\s+(ffp_[A-Za-z0-9_-]{20,100})\s*$/i.exec(authorization);
  return match?.[1] ?? null;
}

const readMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Whether scopes let a request with this method through at all; admin rights are checked where they apply. */
export function scopesAllowMethod(scopes: readonly ApiTokenScope[], method: string): boolean {
  if (scopes.includes('write')) return true;
  return scopes.includes('read') && readMethods.has(method.toUpperCase());
}

/**
 * What a token may never do, whatever its scopes: make tokens, touch sign-in (password, two-step,
 * email, sessions), delete or export the account, make a feed, push or chat channel, answer as a
 * stakeholder, accept an invitation (to a workspace or to coach someone), or read the outbox (it
 * holds live links). A stolen token must not become a way to keep or widen access.
 */
const sessionOnlyPaths = [
  /^\/api\/tokens(\/|$)/,
  /^\/api\/auth\//,
  /^\/api\/account\//,
  /^\/api\/answer(\/|$)/,
  /^\/api\/invitations\/accept$/,
  /^\/api\/coaching\/accept$/,
  /^\/api\/program-invitations\/accept$/,
  // Answers live enrollment links when nothing is emailed, like the outbox.
  /^\/api\/programs\/[^/]+\/enrollments$/,
  /^\/api\/workspaces\/[^/]+\/outbox$/,
  // A feed URL, a push subscription or a chat webhook would outlive the token that made it.
  /^\/api\/calendar-feed$/,
  /^\/api\/push\//,
  /^\/api\/chat-webhook(\/|$)/,
];

export function isSessionOnlyPath(method: string, path: string): boolean {
  // Who the token acts as is its whole point: a script may ask.
  if (method.toUpperCase() === 'GET' && path === '/api/auth/me') return false;
  return sessionOnlyPaths.some((pattern) => pattern.test(path));
}

export function isApiTokenAlive(expiresAt: Date, now: Date): boolean {
  return now.getTime() < expiresAt.getTime();
}

/** Written at most once a minute per token, so a busy script does not write on every request. */
export function shouldRecordUse(lastUsedAt: Date | null, now: Date): boolean {
  return !lastUsedAt || now.getTime() - lastUsedAt.getTime() >= 60_000;
}

export function apiTokenExpiry(now: Date, days: number): Date {
  return new Date(now.getTime() + days * dayMs);
}
