import type { CurrentUser } from '../../../shared/accounts';
import type { CycleStage } from '../../../shared/cycles';
import { type Commitment, type CommitmentInput, maxActiveCommitments } from '../../../shared/plans';
import type { AppDeps } from '../../deps';
import { conflict, notFound } from '../../errors';
import type { Repositories } from '../../repositories';
import { newId } from '../../security/tokens';
import type { CycleRow } from '../cycles';
import { refuseClosedCycle, requireOwnCycle } from '../cycles';
import { checkCommitment } from './commitment-quality.models';
import type { CommitmentDraft } from './commitment-quality.types';
import type { CommitmentRow } from './plans.repository';
import { stageAtLeast } from './practice.models';

type Deps = Pick<AppDeps, 'repos' | 'transact' | 'now'>;

/** A commitment is the leader's only through their own cycle; anyone else gets "not found". */
export async function requireOwnCommitment(
  deps: Pick<Deps, 'repos'>,
  user: CurrentUser,
  commitmentId: string,
) {
  const missing = () => notFound('commitment_not_found', 'This commitment does not exist.');
  const commitment = await deps.repos.plans.findCommitment(commitmentId);
  if (!commitment) throw missing();
  const cycle = await requireOwnCycle(deps, user, commitment.cycle_id).catch(() => {
    throw missing();
  });
  return { commitment, cycle };
}

/**
 * Touches the cycle row first inside a transaction, so concurrent changes to one cycle (two
 * "save" clicks, a check-in and a commitment) take turns, and returns the row as it is now.
 */
export async function lockCycle(repos: Repositories, cycleId: string, now: Date): Promise<CycleRow> {
  await repos.cycles.update(cycleId, { updated_at: now.toISOString() });
  const cycle = await repos.cycles.findById(cycleId);
  if (!cycle) throw notFound('cycle_not_found', 'This growth cycle does not exist.');
  return cycle;
}

export async function advanceStage(repos: Repositories, cycle: CycleRow, reached: CycleStage, now: Date) {
  const stage = stageAtLeast(cycle.stage as CycleStage, reached);
  if (stage !== cycle.stage) await repos.cycles.update(cycle.id, { stage, updated_at: now.toISOString() });
}

/** The live quality check while the leader types; nothing is saved. */
export async function checkCommitmentDraft(
  deps: Deps,
  user: CurrentUser,
  cycleId: string,
  draft: CommitmentDraft,
) {
  await requireOwnCycle(deps, user, cycleId);
  return checkCommitment(draft);
}

export function toCommitment(row: CommitmentRow): Commitment {
  const draft = {
    situation: row.situation,
    action: row.action,
    frequency: row.frequency,
    noticedBy: row.noticed_by,
  };
  return {
    id: row.id,
    cycleId: row.cycle_id,
    ...draft,
    sourceSuggestion: row.source_suggestion,
    status: row.status,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    flags: checkCommitment(draft).flags,
  };
}

export async function listCommitments(deps: Deps, user: CurrentUser, cycleId: string) {
  await requireOwnCycle(deps, user, cycleId);
  const rows = await deps.repos.plans.listCommitments(cycleId);
  return rows.map(toCommitment);
}

const tooMany = () =>
  conflict(
    'too_many_commitments',
    `Practice at most ${maxActiveCommitments} behaviors at a time. Retire one before adding another.`,
  );

/** Saved even when the quality check flags it: the screen asks for a rewrite, the leader decides. */
export async function createCommitment(
  deps: Deps,
  user: CurrentUser,
  cycleId: string,
  input: CommitmentInput,
) {
  await requireOwnCycle(deps, user, cycleId);
  const now = deps.now();
  const row: CommitmentRow = {
    id: newId(),
    cycle_id: cycleId,
    situation: input.situation,
    action: input.action,
    frequency: input.frequency,
    noticed_by: input.noticedBy,
    source_suggestion: input.sourceSuggestion,
    status: 'active',
    created_at: now.toISOString(),
    updated_at: now.toISOString(),
  };
  await deps.transact(async (repos) => {
    const cycle = await lockCycle(repos, cycleId, now);
    refuseClosedCycle(cycle);
    if ((await repos.plans.countActiveCommitments(cycleId)) >= maxActiveCommitments) throw tooMany();
    await repos.plans.insertCommitment(row);
    await advanceStage(repos, cycle, 'commit', now);
  });
  return toCommitment(row);
}

export async function updateCommitment(
  deps: Deps,
  user: CurrentUser,
  commitmentId: string,
  input: CommitmentInput,
) {
  const { commitment, cycle } = await requireOwnCommitment(deps, user, commitmentId);
  refuseClosedCycle(cycle);
  if (commitment.status !== 'active')
    throw conflict('commitment_retired', 'This behavior is retired; add a new one instead of editing it.');
  const changes = {
    situation: input.situation,
    action: input.action,
    frequency: input.frequency,
    noticed_by: input.noticedBy,
    source_suggestion: input.sourceSuggestion,
    updated_at: deps.now().toISOString(),
  };
  await deps.repos.plans.updateCommitment(commitmentId, changes);
  return toCommitment({ ...commitment, ...changes });
}

/** Retiring keeps the behavior and its check-ins as history; it only frees a place among the three. */
export async function retireCommitment(deps: Deps, user: CurrentUser, commitmentId: string) {
  const { commitment, cycle } = await requireOwnCommitment(deps, user, commitmentId);
  refuseClosedCycle(cycle);
  if (commitment.status === 'retired') return;
  await deps.repos.plans.updateCommitment(commitmentId, {
    status: 'retired',
    updated_at: deps.now().toISOString(),
  });
}
