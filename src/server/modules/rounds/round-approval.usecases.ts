import type { CurrentUser } from '../../../shared/accounts';
import { localDay } from '../../../shared/calendar';
import type { RoundKind } from '../../../shared/cycles';
import { localeOr } from '../../../shared/i18n/locales';
import type { RoundApprovalForLeader, WaitingRoundList } from '../../../shared/stakeholder-policy';
import type { AppDeps } from '../../deps';
import { conflict, forbidden, invalid, notFound } from '../../errors';
import { refuseClosedCycle, requireOwnCycle } from '../cycles';
import { requireAdmin, timeZoneOfLeader } from '../workspaces';
import { refuseRoundAgainstPolicy } from './round-policy.usecases';
import { closingDateProblem } from './round-schedule.models';
import { openCheckedRound, questionsForNewRound } from './rounds.usecases';

type Deps = Pick<AppDeps, 'repos' | 'transact' | 'now' | 'mailer' | 'config' | 'textPool'>;

/**
 * An admin of the list's workspace, other than the leader who made it: approving the people one
 * asks oneself would prove nothing. Anyone outside the workspace finds no list at all.
 */
async function requireDecider(deps: Pick<Deps, 'repos' | 'config'>, admin: CurrentUser, approvalId: string) {
  const approval = await deps.repos.roundApprovals.find(approvalId);
  if (!approval) throw notFound('round_approval_not_found', 'This list does not exist.');
  await requireAdmin(deps, admin, approval.workspace_id);
  if (approval.leader_id === admin.id) {
    throw forbidden('own_list', 'Another admin of your organization approves the people you ask.');
  }
  if (approval.status !== 'waiting') {
    throw conflict('round_approval_decided', 'This list was already approved or declined.');
  }
  return approval;
}

export async function listWaitingLists(
  deps: Pick<Deps, 'repos' | 'config'>,
  admin: CurrentUser,
  workspaceId: string,
): Promise<WaitingRoundList[]> {
  await requireAdmin(deps, admin, workspaceId);
  const rows = await deps.repos.roundApprovals.listWaitingOfWorkspace(workspaceId);
  return Promise.all(
    rows.map(async (row) => ({
      id: row.id,
      leaderName: row.leader_name,
      kind: row.kind,
      intro: row.intro,
      closesOn: row.closes_on,
      requestedAt: row.requested_at,
      canDecide: row.leader_id !== admin.id,
      people: (await deps.repos.roundApprovals.listPeople(row.id)).map((person) => ({
        name: person.name,
        email: person.email,
        relationshipGroup: person.relationship_group,
      })),
    })),
  );
}

/**
 * Opens the round as the leader asked, after the same checks opening makes (the list, the cycle
 * and the rules may have changed while it waited). The list is claimed first, so two admins
 * approving at once open one round; if opening fails, the list waits again.
 */
export async function approveRound(deps: Deps, admin: CurrentUser, approvalId: string) {
  const approval = await requireDecider(deps, admin, approvalId);
  const now = deps.now();
  const timeZone = await timeZoneOfLeader(deps.repos, approval.leader_id, approval.workspace_id);
  if (approval.closes_on < localDay(now, timeZone)) {
    throw invalid(
      'closing_date_passed',
      `The closing date the leader chose (${approval.closes_on}) has passed. Decline the list so they can ask again with a new date.`,
    );
  }
  const dateProblem = closingDateProblem(approval.closes_on, now, timeZone);
  if (dateProblem) throw invalid('invalid_closing_date', dateProblem);
  const cycle = await deps.repos.cycles.findById(approval.cycle_id);
  const leader = await deps.repos.accounts.findUserById(approval.leader_id);
  if (!cycle || !leader) throw notFound('round_approval_not_found', 'This list does not exist.');
  refuseClosedCycle(cycle);
  const rounds = await deps.repos.rounds.listRoundsOfCycle(cycle.id);
  if (rounds.some((round) => round.status === 'open')) {
    throw conflict('round_already_open', 'This cycle already has an open round; decline this list.');
  }
  const people = await deps.repos.roundApprovals.listPeople(approval.id);
  const workspace = await deps.repos.workspaces.findWorkspace(cycle.workspace_id);
  const k = workspace?.anonymity_k ?? 3;
  if (people.length < k) {
    throw conflict(
      'too_few_stakeholders',
      `Fewer than ${k} people remain on this list, so no results could ever be shown. Decline it.`,
    );
  }
  await refuseRoundAgainstPolicy(deps, leader, cycle, people, { alreadyWaiting: 'ignore' });
  const kind = approval.kind as RoundKind;
  const language = localeOr(approval.language);
  const questions = await questionsForNewRound(deps, cycle, leader.name, kind, language);
  const decided = { decided_at: now.toISOString(), decided_by: admin.id, decline_reason: null };
  if (
    !(await deps.repos.roundApprovals.decide(approval.id, { status: 'approved', round_id: null, ...decided }))
  ) {
    throw conflict('round_approval_decided', 'This list was already approved or declined.');
  }
  const input = {
    kind,
    intro: approval.intro,
    closesOn: approval.closes_on,
    stakeholderIds: people.map((person) => person.id),
    language,
  };
  // The links for people without mail go to the leader, who fetches them on the round; never to the admin.
  const opened = await openCheckedRound(deps, {
    leader,
    cycle,
    input,
    questions,
    stakeholders: people,
    k,
  }).catch(async (error: unknown) => {
    await deps.repos.roundApprovals.reopen(approval.id);
    throw error;
  });
  await deps.transact(async (repos) => {
    await repos.roundApprovals.linkRound(approval.id, opened.roundId);
    await repos.audit.record(
      {
        workspaceId: cycle.workspace_id,
        actorUserId: admin.id,
        action: 'round.approved',
        target: approval.id,
      },
      now,
    );
  });
  return { roundId: opened.roundId };
}

export async function declineRound(deps: Deps, admin: CurrentUser, approvalId: string, reason: string) {
  const approval = await requireDecider(deps, admin, approvalId);
  const now = deps.now();
  await deps.transact(async (repos) => {
    const decided = await repos.roundApprovals.decide(approval.id, {
      status: 'declined',
      decided_at: now.toISOString(),
      decided_by: admin.id,
      decline_reason: reason,
      round_id: null,
    });
    if (!decided) throw conflict('round_approval_decided', 'This list was already approved or declined.');
    await repos.audit.record(
      {
        workspaceId: approval.workspace_id,
        actorUserId: admin.id,
        action: 'round.declined',
        target: approval.id,
      },
      now,
    );
  });
}

/** The leader's latest request in a cycle: waiting, declined with its reason, or approved. */
export async function latestApprovalForLeader(
  deps: Pick<Deps, 'repos'>,
  user: CurrentUser,
  cycleId: string,
): Promise<RoundApprovalForLeader | null> {
  await requireOwnCycle(deps, user, cycleId);
  const approval = await deps.repos.roundApprovals.latestOfCycle(cycleId);
  if (!approval) return null;
  return {
    id: approval.id,
    status: approval.status,
    kind: approval.kind,
    closesOn: approval.closes_on,
    requestedAt: approval.requested_at,
    decidedAt: approval.decided_at,
    declineReason: approval.decline_reason,
    roundId: approval.round_id,
    invitedCount: (await deps.repos.roundApprovals.listPeople(approval.id)).length,
  };
}
