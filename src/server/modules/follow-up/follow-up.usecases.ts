import type { CurrentUser } from '../../../shared/accounts';
import type { RoundKind } from '../../../shared/cycles';
import type { FollowUp, FollowUpSettingsInput } from '../../../shared/follow-up';
import type { AppDeps } from '../../deps';
import type { CycleRow } from '../cycles';
import { refuseClosedCycle, requireOwnCycle } from '../cycles';
import { timeZoneOfLeader } from '../workspaces';
import { DEFAULT_MINI_SURVEY_INTERVAL_DAYS, type FollowUpFacts, followUpStatus } from './follow-up.models';

type Deps = Pick<AppDeps, 'repos' | 'now'>;

type CycleOfFollowUp = Pick<CycleRow, 'id' | 'stage' | 'leader_id' | 'workspace_id'>;

/** The schedule of one cycle as of now, from its rounds, commitments and cadence. */
export async function followUpOfCycle(deps: Deps, cycle: CycleOfFollowUp): Promise<FollowUp> {
  return followUpStatus((await followUpFactsOfCycle(deps, cycle)).facts, deps.now());
}

/** What the schedule of one cycle rests on, and its stored settings (the sweep reads the last reminder's day). */
export async function followUpFactsOfCycle(deps: Deps, cycle: CycleOfFollowUp) {
  const cycleId = cycle.id;
  const rounds = await deps.repos.rounds.listRoundsOfCycle(cycleId);
  const settings = await deps.repos.followUp.findSettings(cycleId);
  const latestRound = rounds.at(-1);
  const invitations = latestRound ? await deps.repos.rounds.listInvitations(latestRound.id) : [];
  const facts: FollowUpFacts = {
    cycleClosed: cycle.stage === 'done',
    rounds: rounds.map((round) => ({
      kind: round.kind as RoundKind,
      status: round.status,
      openedAt: round.opened_at,
      closedAt: round.closed_at,
    })),
    activeCommitments: await deps.repos.plans.countActiveCommitments(cycleId),
    miniSurveyIntervalDays: settings?.mini_survey_interval_days ?? DEFAULT_MINI_SURVEY_INTERVAL_DAYS,
    checkInIntervalDays: settings?.check_in_interval_days,
    // Whom the leader asked last time, which they know anyway; never who answered.
    suggestedStakeholderIds: invitations.flatMap((invitation) =>
      invitation.stakeholder_id ? [invitation.stakeholder_id] : [],
    ),
    timeZone: await timeZoneOfLeader(deps.repos, cycle.leader_id, cycle.workspace_id),
  };
  return { facts, settings };
}

export async function getFollowUp(deps: Deps, user: CurrentUser, cycleId: string) {
  return followUpOfCycle(deps, await requireOwnCycle(deps, user, cycleId));
}

export async function saveFollowUpSettings(
  deps: Deps,
  user: CurrentUser,
  cycleId: string,
  input: FollowUpSettingsInput,
) {
  const cycle = await requireOwnCycle(deps, user, cycleId);
  refuseClosedCycle(cycle);
  await deps.repos.followUp.saveInterval(cycleId, input.miniSurveyIntervalDays, deps.now());
  return followUpOfCycle(deps, cycle);
}
