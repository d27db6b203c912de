import type { AppDeps } from '../../deps';
import { sessionPolicy } from '../accounts';
import { longestRateLimitWindowMs } from '../rate-limits';
import { housekeepingCutoffs } from './housekeeping.models';

type Deps = Pick<AppDeps, 'repos' | 'transact' | 'now' | 'config'>;

/**
 * Deletes the rows that only grow and that no request would accept any more. Each delete is one
 * statement with its own condition, so a repeat, or two processes at once, delete nothing twice.
 * Returns how many rows of each kind went.
 */
export async function deleteExpiredRows(deps: Deps) {
  const cutoffs = housekeepingCutoffs(deps.now(), sessionPolicy(deps.config), longestRateLimitWindowMs);
  const { accounts, twoFactor, rateLimits, jobs, workspaces, webhooks, apiTokens } = deps.repos;
  return {
    sessions: await accounts.deleteDeadSessions(cutoffs.sessionsSeenBy, cutoffs.sessionsCreatedBy),
    passwordResets: await accounts.deleteSpentPasswordResets(cutoffs.now),
    // A dead link's message leaves the outbox with it, as confirming does for the other links.
    emailVerifications: await deps.transact(async (repos) => {
      const carriers = await repos.accounts.deleteSpentEmailVerifications(cutoffs.now);
      await repos.mail.deleteMany(carriers);
      return carriers.length;
    }),
    pendingSignIns: await twoFactor.deleteExpiredPendingSignIns(cutoffs.now),
    rateLimits: await rateLimits.deleteOlderThan(cutoffs.rateLimitWindowsStartedBefore),
    jobs: await jobs.deleteFinishedBefore(cutoffs.jobsFinishedBefore),
    memberInvitations: await workspaces.deleteInvitationsExpiredBefore(cutoffs.invitationsExpiredBefore),
    webhookDeliveries: await webhooks.deleteDeliveriesCreatedBefore(cutoffs.webhookDeliveriesCreatedBy),
    apiTokens: await apiTokens.deleteExpiredBefore(cutoffs.apiTokensExpiredBy),
  };
}
