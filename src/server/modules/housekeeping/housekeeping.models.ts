import { dayMs } from '../../../shared/calendar';
import type { SessionPolicy } from '../accounts/public.models';

/** A finished job is kept a week, so an operator can still see what ran and why one gave up. */
export const finishedJobsKeptMs = 7 * dayMs;

/** A workspace invitation is kept a month past its expiry, so a late click still hears "expired". */
export const expiredInvitationsKeptMs = 30 * dayMs;

/**
 * A webhook's delivery log is kept a month: long enough to see why an endpoint failed last week,
 * and every retry has long settled by then (a missing delivery is skipped by its job anyway).
 */
export const webhookDeliveriesKeptMs = 30 * dayMs;

/**
 * An expired API token is kept a month past its expiry so its owner still sees it marked expired
 * in their list and knows which script stopped working; after that it can authenticate nothing and
 * nothing refers to it. A revoked token needs no rule here: revoking deletes it at once.
 */
export const expiredApiTokensKeptMs = 30 * dayMs;

/** The moments before which each kind of row is of no more use; every later row is kept. */
export type HousekeepingCutoffs = {
  /** Sessions last seen at or before this are idle past the policy. */
  sessionsSeenBy: Date;
  /** Sessions created at or before this are past the policy's absolute age. */
  sessionsCreatedBy: Date;
  /** Reset links, pending sign-ins: gone once expired (used reset links go at once). */
  now: Date;
  rateLimitWindowsStartedBefore: Date;
  jobsFinishedBefore: Date;
  invitationsExpiredBefore: Date;
  webhookDeliveriesCreatedBy: Date;
  apiTokensExpiredBy: Date;
};

/**
 * The same rules the app applies when it reads these rows, so housekeeping deletes only what
 * no request would accept anyway. A rate-limit row older than the longest window would be
 * reset by its next hit, so deleting it changes no count.
 */
export function housekeepingCutoffs(
  now: Date,
  sessions: SessionPolicy,
  longestRateLimitWindowMs: number,
): HousekeepingCutoffs {
  const before = (ms: number) => new Date(now.getTime() - ms);
  return {
    sessionsSeenBy: before(sessions.idleMs),
    sessionsCreatedBy: before(sessions.absoluteMs),
    now,
    rateLimitWindowsStartedBefore: before(longestRateLimitWindowMs),
    jobsFinishedBefore: before(finishedJobsKeptMs),
    invitationsExpiredBefore: before(expiredInvitationsKeptMs),
    webhookDeliveriesCreatedBy: before(webhookDeliveriesKeptMs),
    apiTokensExpiredBy: before(expiredApiTokensKeptMs),
  };
}

/** YYYY-MM-DD in UTC: the daily job's unique key, so each day runs it once across all processes. */
export function housekeepingDay(at: Date): string {
  return at.toISOString().slice(0, 10);
}

/** The next run: 04:00 UTC tomorrow, an hour after retention, a quiet hour for most organizations. */
export function nextHousekeepingRun(now: Date): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 1, 4));
}
