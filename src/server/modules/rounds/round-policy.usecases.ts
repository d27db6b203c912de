import type { CurrentUser } from '../../../shared/accounts';
import type { OpenRoundInput } from '../../../shared/rounds';
import type { AppDeps } from '../../deps';
import { conflict, invalid } from '../../errors';
import { newId } from '../../security/tokens';
import type { CycleRow } from '../cycles';
import { addressProblem } from '../stakeholders/public.models';
import { policyOf } from '../workspaces/public.models';

type Deps = Pick<AppDeps, 'repos' | 'transact' | 'now'>;
type Person = { id: string; name: string; email: string | null };

/**
 * What the organization asks of a round's people, checked when it opens (and again when an admin
 * approves it), so people added before a rule existed cannot slip through: everyone inside its
 * domains, never the leader's own inbox, no two people sharing one inbox. A cycle has at most one
 * list waiting for approval or one open round, never both.
 */
export async function refuseRoundAgainstPolicy(
  deps: Pick<Deps, 'repos'>,
  leader: Pick<CurrentUser, 'email'>,
  cycle: Pick<CycleRow, 'id' | 'workspace_id'>,
  people: readonly Person[],
  { alreadyWaiting = 'refuse' }: { alreadyWaiting?: 'refuse' | 'ignore' } = {},
) {
  const workspace = await deps.repos.workspaces.findWorkspace(cycle.workspace_id);
  const { emailDomains } = policyOf(workspace ?? {});
  const seen: string[] = [];
  for (const person of people) {
    const problem = addressProblem(person.email, {
      leaderEmail: leader.email,
      listedEmails: seen,
      emailDomains,
    });
    if (problem) {
      throw invalid(
        problem.reason === 'outside_domains' ? 'stakeholder_outside_domains' : 'stakeholder_address_refused',
        `${person.name}: ${problem.message}. Change their address or leave them out.`,
        'stakeholderIds',
      );
    }
    if (person.email) seen.push(person.email);
  }
  if (alreadyWaiting === 'refuse' && (await deps.repos.roundApprovals.findWaitingOfCycle(cycle.id))) {
    throw conflict(
      'round_waiting_for_approval',
      'A list for this cycle is already waiting for approval. Wait for the decision before asking again.',
    );
  }
}

/**
 * Adding someone to an open round skips the admin who approved its list, so an organization that
 * approves lists refuses it; otherwise the one person meets the same address rules.
 */
export async function refuseAddingAgainstPolicy(
  deps: Pick<Deps, 'repos'>,
  leader: Pick<CurrentUser, 'email'>,
  workspaceId: string,
  person: Person,
) {
  const workspace = await deps.repos.workspaces.findWorkspace(workspaceId);
  const { emailDomains, approvalRequired } = policyOf(workspace ?? {});
  if (approvalRequired) {
    throw conflict(
      'approval_required',
      'Your organization approves the list of people before a round opens, so no one can be added afterward. Ask them in your next round.',
      'stakeholderId',
    );
  }
  const problem = addressProblem(person.email, { leaderEmail: leader.email, listedEmails: [], emailDomains });
  if (problem)
    throw invalid('stakeholder_address_refused', `${person.name}: ${problem.message}.`, 'stakeholderId');
}

/**
 * In an organization that approves lists, asking records the round as waiting: no invitation,
 * link, mail or job exists until an admin approves it and it opens through openCheckedRound.
 */
export async function requestRoundApproval(
  deps: Deps,
  cycle: Pick<CycleRow, 'id' | 'workspace_id' | 'leader_id'>,
  input: OpenRoundInput,
  people: readonly Person[],
) {
  const now = deps.now();
  const approvalId = newId();
  await deps.transact(async (repos) => {
    const recorded = await repos.roundApprovals.insertWaiting(
      {
        id: approvalId,
        cycle_id: cycle.id,
        kind: input.kind,
        intro: input.intro,
        closes_on: input.closesOn,
        language: input.language ?? 'en',
        status: 'waiting',
        requested_at: now.toISOString(),
        decided_at: null,
        decided_by: null,
        decline_reason: null,
        round_id: null,
      },
      people.map((person) => person.id),
    );
    if (!recorded) {
      throw conflict(
        'round_waiting_for_approval',
        'A list for this cycle is already waiting for approval. Wait for the decision before asking again.',
      );
    }
    await repos.audit.record(
      {
        workspaceId: cycle.workspace_id,
        actorUserId: cycle.leader_id,
        action: 'round.approval_requested',
        target: approvalId,
      },
      now,
    );
  });
  return { roundId: null, links: [], approvalId, waitingForApproval: true as const };
}

/** For callers that open rounds where no list waits for approval, such as the demo's personal workspace. */
export function openedRightAway<T extends { roundId: string | null }>(
  opened: T,
): Exclude<T, { roundId: null }> {
  if (opened.roundId === null) throw new Error('This workspace approves lists before rounds open.');
  return opened as Exclude<T, { roundId: null }>;
}
