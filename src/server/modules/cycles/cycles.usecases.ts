import type { CurrentUser } from '../../../shared/accounts';
import {
  baselineSchema,
  type CreateCycleInput,
  type CycleDetail,
  type CycleStage,
  type CycleSummary,
} from '../../../shared/cycles';
import { type Competency, competencySchema, inUse } from '../../../shared/framework';
import { localeOr } from '../../../shared/i18n/locales';
import { keptStoredJsonReader } from '../../db/stored-json';
import type { AppDeps } from '../../deps';
import { conflict, invalid, notFound } from '../../errors';
import { newId } from '../../security/tokens';
import { getActiveFramework } from '../frameworks';
import { requireLeader } from '../workspaces';
import { excerptOf, sameBaseline, unknownBaselineBehavior } from './cycles.models';
import type { CycleRow } from './cycles.repository';

type Deps = Pick<AppDeps, 'repos' | 'transact' | 'now'>;

/** The competency copied into the cycle when it started. */
const readCompetency = keptStoredJsonReader(competencySchema);

export function competencyOf(cycle: Pick<CycleRow, 'id' | 'competency'>): Competency {
  return readCompetency(cycle.competency, `competency of cycle ${cycle.id}`);
}

const readBaseline = keptStoredJsonReader(baselineSchema);

/** The leader's self-ratings, kept with the cycle. */
export function baselineOf(cycle: CycleRow): Record<string, number> {
  return readBaseline(cycle.baseline, `self-ratings of cycle ${cycle.id}`);
}

/** Another leader's cycle is "not found", so cycle ids reveal nothing. */
export async function requireOwnCycle(deps: Pick<Deps, 'repos'>, user: CurrentUser, cycleId: string) {
  const cycle = await deps.repos.cycles.findById(cycleId);
  if (!cycle || cycle.leader_id !== user.id)
    throw notFound('cycle_not_found', 'This growth cycle does not exist.');
  await requireLeader(deps, user, cycle.workspace_id);
  return cycle;
}

export async function createCycle(
  deps: Deps,
  user: CurrentUser,
  workspaceId: string,
  input: CreateCycleInput,
  /** The program it starts in (decision 0042); the programs module checks the enrollment. */
  programId: string | null = null,
) {
  await requireLeader(deps, user, workspaceId);
  // Retired competencies and behaviors are offered to no new cycle.
  const framework = inUse((await getActiveFramework(deps, workspaceId)).framework);
  // The competency is copied into the cycle, so later edits to the framework never change it.
  const competency = framework.competencies.find((candidate) => candidate.key === input.competencyKey);
  if (!competency)
    throw invalid('unknown_competency', 'Choose one of the competencies listed.', 'competencyKey');
  const unknown = unknownBaselineBehavior(competency, input.baseline);
  if (unknown)
    throw invalid('unknown_behavior', `"${unknown}" is not a behavior of this competency.`, 'baseline');
  const now = deps.now().toISOString();
  const id = newId();
  await deps.repos.cycles.insert({
    id,
    workspace_id: workspaceId,
    leader_id: user.id,
    problem: input.problem,
    goal: input.goal,
    competency: JSON.stringify(competency),
    baseline: JSON.stringify(input.baseline),
    stage: 'reframe',
    reflection: null,
    created_at: now,
    updated_at: now,
    closed_at: null,
    program_id: programId,
  });
  return getCycle(deps, user, id);
}

export async function listCycles(
  deps: Deps,
  user: CurrentUser,
  workspaceId: string,
): Promise<CycleSummary[]> {
  await requireLeader(deps, user, workspaceId);
  const rows = await deps.repos.cycles.listOfLeader(user.id, workspaceId);
  return rows.map((row) => ({
    id: row.id,
    goal: row.goal,
    stage: row.stage as CycleStage,
    createdAt: row.created_at,
    competencyName: competencyOf(row).name,
    closedAt: row.closed_at,
    reflectionExcerpt: excerptOf(row.reflection),
  }));
}

export async function getCycle(deps: Deps, user: CurrentUser, cycleId: string): Promise<CycleDetail> {
  const cycle = await requireOwnCycle(deps, user, cycleId);
  const rounds = await deps.repos.rounds.listRoundsOfCycle(cycleId);
  return {
    id: cycle.id,
    workspaceId: cycle.workspace_id,
    problem: cycle.problem,
    goal: cycle.goal,
    competency: competencyOf(cycle),
    baseline: baselineOf(cycle),
    stage: cycle.stage as CycleStage,
    createdAt: cycle.created_at,
    closedAt: cycle.closed_at,
    reflection: cycle.reflection,
    rounds: await Promise.all(
      rounds.map(async (round) => ({
        id: round.id,
        kind: round.kind as CycleDetail['rounds'][number]['kind'],
        status: round.status,
        openedAt: round.opened_at,
        closesOn: round.closes_on,
        closedAt: round.closed_at,
        anonymityK: round.anonymity_k,
        invitedCount: await deps.repos.rounds.countInvitations(round.id),
        responseCount: await deps.repos.rounds.countResponses(round.id),
        thankedAt: round.thanked_at,
        language: localeOr(round.language),
      })),
    ),
  };
}

/**
 * A reviewed cycle is history: its plan, rounds and starting point stay as they were; new work
 * belongs in the next cycle.
 */
export function refuseClosedCycle(cycle: Pick<CycleRow, 'stage'>): void {
  if (cycle.stage === 'done') {
    throw conflict(
      'cycle_closed',
      'This growth cycle is closed. Start a new cycle to ask for input or practice new behaviors.',
    );
  }
}

export async function updateCycle(
  deps: Deps,
  user: CurrentUser,
  cycleId: string,
  input: Pick<CreateCycleInput, 'problem' | 'goal' | 'baseline'>,
) {
  const cycle = await requireOwnCycle(deps, user, cycleId);
  refuseClosedCycle(cycle);
  const unknown = unknownBaselineBehavior(competencyOf(cycle), input.baseline);
  if (unknown)
    throw invalid('unknown_behavior', `"${unknown}" is not a behavior of this competency.`, 'baseline');
  const asked = (await deps.repos.rounds.listRoundsOfCycle(cycleId)).length > 0;
  if (asked && !sameBaseline(baselineOf(cycle), input.baseline)) {
    throw conflict(
      'baseline_locked',
      'Your self-ratings are where you started; they stay as they were once you have asked for input.',
      'baseline',
    );
  }
  await deps.repos.cycles.update(cycleId, {
    problem: input.problem,
    goal: input.goal,
    baseline: JSON.stringify(input.baseline),
    updated_at: deps.now().toISOString(),
  });
  return getCycle(deps, user, cycleId);
}
