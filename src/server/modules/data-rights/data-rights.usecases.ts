import type { CurrentUser } from '../../../shared/accounts';
import type { DeleteAccountInput } from '../../../shared/data-rights';
import type { WorkspaceRole } from '../../../shared/workspaces';
import type { AppDeps } from '../../deps';
import { AppError, invalid, unauthenticated } from '../../errors';
import { hashToken, secureRandom } from '../../security/tokens';
import { baselineOf, competencyOf } from '../cycles';
import { counters, enforceRateLimit, rateLimitRules } from '../rate-limits';
import { questionsOf, releaseRoundResults, roundForRelease } from '../rounds/public.models';
import { groupRolesByWorkspace } from '../workspaces/public.models';
import { planAccountDeletion, soleAdminMessage } from './account-deletion.models';
import { eraseAccount } from './account-erasure';
import { exportFiles } from './export-files.models';
import { exportTables } from './export-tables.models';
import { zipArchive } from './zip-archive';

type Deps = Pick<AppDeps, 'repos' | 'transact' | 'passwords' | 'now' | 'config'>;

async function twoFactorExportRows(deps: Pick<Deps, 'repos'>, userId: string) {
  const { secret, codes } = await deps.repos.twoFactor.exportRows(userId);
  return [
    ...(secret
      ? [{ item: 'authenticator app', createdAt: secret.created_at, confirmedAt: secret.confirmed_at }]
      : []),
    ...codes.map((code) => ({ item: 'recovery code', createdAt: code.created_at, usedAt: code.used_at })),
  ];
}

/**
 * The account's API tokens, webhooks and their delivery log: never a token's hash or a webhook's
 * secret (either would let a copy of the export act as the account). A revoked token is deleted at
 * once, so there is none to list.
 */
async function integrationExportRows(deps: Pick<Deps, 'repos'>, userId: string) {
  const { apiTokens, webhooks } = deps.repos;
  return {
    apiTokens: (await apiTokens.listApiTokens(userId)).map((t) => ({
      name: t.name,
      scopes: JSON.parse(t.scopes) as string[],
      lastFour: t.hint,
      createdAt: t.created_at,
      expiresAt: t.expires_at,
      lastUsedAt: t.last_used_at,
    })),
    webhooks: (await webhooks.listWebhooks(userId)).map((w) => ({
      id: w.id,
      url: w.url,
      events: JSON.parse(w.events) as string[],
      enabled: w.enabled === 1,
      createdAt: w.created_at,
    })),
    webhookDeliveries: (await webhooks.listDeliveriesOfOwner(userId)).map((d) => ({
      webhookId: d.webhook_id,
      event: d.event,
      status: d.status,
      attempts: d.attempts,
      responseCode: d.response_code,
      createdAt: d.created_at,
      lastAttemptAt: d.last_attempt_at,
    })),
  };
}

/**
 * Everything of the account's, as a ZIP of one JSON file and one CSV per table. Rounds carry
 * only their released results, exactly what the leader could already see: exporting the raw
 * responses would hand the leader each person's answers side by side, with ratings beside
 * comments, and break the anonymity their stakeholders were promised.
 */
export async function exportMyData(deps: Pick<Deps, 'repos' | 'now'>, user: CurrentUser) {
  const { repos } = deps;
  const now = deps.now();
  const account = await repos.accounts.findUserById(user.id);
  if (!account) throw unauthenticated();
  const rounds = [];
  for (const round of await repos.rounds.listRoundsOfLeader(user.id)) {
    const questions = questionsOf(round);
    const responses = await repos.rounds.listResponses(round.id);
    const results = releaseRoundResults(
      roundForRelease(
        {
          status: round.status,
          questions,
          invited: await repos.rounds.countInvitationsByGroup(round.id),
        },
        responses,
      ),
      round.anonymity_k,
      secureRandom,
    );
    rounds.push({
      id: round.id,
      cycleId: round.cycle_id,
      kind: round.kind,
      status: round.status,
      intro: round.intro,
      questions,
      anonymityK: round.anonymity_k,
      openedAt: round.opened_at,
      closesOn: round.closes_on,
      closedAt: round.closed_at,
      thankedAt: round.thanked_at,
      invitedCount: await repos.rounds.countInvitations(round.id),
      results,
    });
  }
  const everything = {
    format: 'feedforward-export/1',
    exportedAt: now.toISOString(),
    note:
      'Rounds include only released results (at least k answers, combined). Individual answers ' +
      'are never exported: that is what keeps them anonymous.',
    account: { id: account.id, email: account.email, name: account.name, createdAt: account.created_at },
    memberships: (await repos.workspaces.listMembershipHistory(user.id)).map((m) => ({
      workspaceId: m.workspace_id,
      workspaceName: m.workspace_name,
      kind: m.kind,
      role: m.role,
      since: m.created_at,
    })),
    stakeholders: (await repos.stakeholders.listAllOfLeader(user.id)).map((s) => ({
      id: s.id,
      workspaceId: s.workspace_id,
      name: s.name,
      email: s.email,
      relationshipGroup: s.relationship_group,
      createdAt: s.created_at,
    })),
    cycles: (await repos.cycles.listAllOfLeader(user.id)).map((c) => ({
      id: c.id,
      workspaceId: c.workspace_id,
      problem: c.problem,
      goal: c.goal,
      competency: competencyOf(c),
      baseline: baselineOf(c),
      stage: c.stage,
      reflection: c.reflection,
      createdAt: c.created_at,
      updatedAt: c.updated_at,
    })),
    rounds,
    ...(await repos.plans.listPracticeOfLeader(user.id)),
    followUpSettings: await repos.followUp.listSettingsOfLeader(user.id),
    relationshipNotes: await repos.relationships.listNotesOfLeader(user.id),
    twoFactor: await twoFactorExportRows(deps, user.id),
    ...(await integrationExportRows(deps, user.id)),
  };
  const files = exportFiles(everything, exportTables(everything));
  return {
    fileName: `feedforward-export-${now.toISOString().slice(0, 10)}.zip`,
    archive: zipArchive(files, now),
  };
}

/**
 * Deletes the account and everything of it in one transaction, after checking the password
 * again (a session left open on a shared computer must not be enough).
 */
export async function deleteMyAccount(deps: Deps, user: CurrentUser, input: DeleteAccountInput) {
  await enforceRateLimit(deps, rateLimitRules.passwordCheckPerAccount, user.email);
  const stored = await deps.repos.accounts.findUserById(user.id);
  const valid = await deps.passwords.verify(stored?.password_hash ?? null, input.password);
  if (!stored || !valid) throw invalid('wrong_password', 'That password is not right.', 'password');

  const overview = groupRolesByWorkspace(
    (await deps.repos.workspaces.membershipOverview(user.id)).map(({ workspaceId, role, ...rest }) => ({
      id: workspaceId,
      role: role as WorkspaceRole,
      ...rest,
    })),
  ).map(({ id, roles, name, kind, otherMembers, otherAdmins }) => ({
    workspaceId: id,
    roles,
    name,
    kind,
    otherMembers: Number(otherMembers),
    otherAdmins: Number(otherAdmins),
  }));
  const plan = planAccountDeletion(overview);
  if (!plan.allowed) {
    throw new AppError('conflict', 'sole_admin', soleAdminMessage(plan.soleAdminOf), undefined, {
      workspaces: plan.soleAdminOf,
    });
  }
  const now = deps.now();
  await deps.transact(async (repos) => {
    await eraseAccount(repos, {
      userId: stored.id,
      email: stored.email,
      name: stored.name,
      workspaceIds: plan.deleteWorkspaceIds,
      leftWorkspaceIds: plan.leaveWorkspaceIds,
      rateLimitKeys: [
        rateLimitRules.passwordCheckPerAccount,
        counters.signInFailuresPerAccount,
        rateLimitRules.passwordResetPerAccount,
        rateLimitRules.verificationResendPerAccount,
      ]
        .map((rule) => hashToken(`${rule.name}:${stored.email}`))
        // Two-step sign-in counts by account id, which is no address but still this account's.
        .concat(hashToken(`${rateLimitRules.twoFactorCodesPerAccount.name}:${stored.id}`)),
    });
    // That an account went, never whose: the organizations it leaves see it in their own log.
    for (const workspaceId of [null, ...plan.leaveWorkspaceIds]) {
      await repos.audit.record(
        { workspaceId, actorUserId: null, action: 'account.deleted', target: null },
        now,
      );
    }
  });
}
