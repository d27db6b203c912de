import type { Repositories } from '../../repositories';

/** What goes when an account is deleted, worked out by the use case before the transaction. */
export type AccountErasure = {
  userId: string;
  email: string;
  name: string;
  /** Workspaces nobody else belongs to; they go whole. */
  workspaceIds: string[];
  /** Organizations the account leaves; what they hold addressed to it (its invitation) goes. */
  leftWorkspaceIds: string[];
  /** Rate-limit keys derived from the email (they are hashes, but still the account's). */
  rateLimitKeys: string[];
};

/**
 * Everything of one account, in dependency order, each module deleting its own rows; run inside
 * one transaction (`repos` bound to it), so all of it goes or none.
 */
export async function eraseAccount(repos: Repositories, erasure: AccountErasure): Promise<void> {
  const { userId, email } = erasure;
  await repos.rounds.deleteRoundsOfLeader(userId);
  await repos.cycles.deleteAllOfLeader(userId);
  await repos.stakeholders.deleteAllOfLeader(userId);

  // Mail and jobs go by the account they were queued for (its round invitations, reminders,
  // thanks, announcements, member invitations, resets and its own reminders), never by what
  // their text says: another organization's mail to the same address is not this account's.
  await repos.jobs.deleteJobsOfAccount(userId);
  await repos.mail.deleteOutboxOfAccount(userId);
  await repos.workspaces.deleteInvitationsSentBy(userId);
  // In the organizations it leaves, the invitation that brought it in, and its mail, name it too.
  await repos.mail.deleteOutboxTo(erasure.leftWorkspaceIds, email);
  await repos.workspaces.deleteInvitationsTo(erasure.leftWorkspaceIds, email);
  await repos.audit.forgetTarget(erasure.leftWorkspaceIds, email);
  // The organization keeps the record that something was done, not by whom or to whom.
  await repos.audit.forgetActor(userId);
  await repos.rateLimits.deleteKeys(erasure.rateLimitKeys);

  await repos.accounts.deleteCredentialsOfUser(userId);
  await repos.twoFactor.remove(userId);
  await repos.accounts.deleteEmailVerificationsOfUser(userId);
  await repos.workspaces.deleteMembershipsOfUser(userId);
  await repos.audit.deleteOfWorkspaces(erasure.workspaceIds);
  await repos.workspaces.deleteWorkspaces(erasure.workspaceIds);
  await repos.accounts.deleteUser(userId);
}
