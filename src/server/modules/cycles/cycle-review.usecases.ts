import type { CurrentUser } from '../../../shared/accounts';
import type { ReviewCycleInput } from '../../../shared/progress';
import type { AppDeps } from '../../deps';
import { conflict } from '../../errors';
import { getCycle, requireOwnCycle } from './cycles.usecases';

type Deps = Pick<AppDeps, 'repos' | 'transact' | 'now'>;

/**
 * Review closes the cycle: open rounds close first (releasing what the k rules allow, as
 * closing by hand would), then the reflection is saved and the stage becomes 'done'.
 */
export async function reviewCycle(deps: Deps, user: CurrentUser, cycleId: string, input: ReviewCycleInput) {
  await requireOwnCycle(deps, user, cycleId);
  const now = deps.now();
  await deps.transact(async (repos) => {
    // Touching the row first makes a second review (or a late round) wait for this one.
    await repos.cycles.update(cycleId, { updated_at: now.toISOString() });
    const cycle = await repos.cycles.findById(cycleId);
    if (!cycle || cycle.stage === 'done')
      throw conflict('cycle_closed', 'This growth cycle is already closed.');
    for (const round of await repos.rounds.listRoundsOfCycle(cycleId)) {
      if (round.status === 'open') await repos.rounds.closeRound(round.id, now);
    }
    await repos.cycles.update(cycleId, {
      stage: 'done',
      reflection: input.reflection,
      closed_at: now.toISOString(),
      updated_at: now.toISOString(),
    });
  });
  return getCycle(deps, user, cycleId);
}
